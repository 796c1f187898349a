package app.neodesk.catalog;

import app.neodesk.audit.AuditAction;
import app.neodesk.audit.AuditService;
import app.neodesk.base.CatalogChanged;
import app.neodesk.base.ConcurrentEditException;
import app.neodesk.base.NotFoundException;
import app.neodesk.base.SearchText;
import app.neodesk.base.ValidationException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Price sources: everybody signed in reads them, only admins change them. */
@Service
@PreAuthorize("isAuthenticated()")
public class SourceService {

    static final String ENTITY = "Source";

    private final SourceRepository repository;
    private final SourceAliasRepository aliases;
    private final AuditService audit;
    private final AliasBook<Source> book;
    private final ApplicationEventPublisher events;
    private final CatalogCache cache;

    SourceService(
            SourceRepository repository,
            SourceAliasRepository aliases,
            AuditService audit,
            PlatformTransactionManager transactions,
            ApplicationEventPublisher events,
            CatalogCache cache) {
        this.events = events;
        this.cache = cache;
        this.repository = repository;
        this.aliases = aliases;
        this.audit = audit;
        this.book =
                new AliasBook<>("source", ENTITY, Source::getCode, Source::getId, new Aliased(), audit, transactions);
    }

    /** All sources by code, from the catalog snapshot, whose setters refuse. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<Source> findAll() {
        return cache.snapshot().sourcesByCode();
    }

    /** The source with this code, from the catalog snapshot, whose setters refuse. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<Source> findByCode(String code) {
        return cache.snapshot().sourceByCode(code);
    }

    @Transactional(readOnly = true)
    public Source get(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("Source"));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Slice<Source> search(@Nullable String text, Pageable pageable) {
        var pattern = SearchText.containsPattern(text);
        Specification<Source> spec = pattern == null
                ? (root, query, cb) -> cb.conjunction()
                : (root, query, cb) -> cb.or(
                        cb.like(cb.lower(root.get(Source.SORT_CODE)), pattern),
                        cb.like(cb.lower(root.get("name")), pattern));
        return repository.findBy(
                spec,
                q -> q.sortBy(Sort.by(Source.SORT_CODE))
                        .slice(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())));
    }

    /**
     * @throws ValidationException     if the code is already used
     * @throws ConcurrentEditException if someone else saved the source in the meantime
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Source save(Source source) {
        var id = source.getId();
        boolean duplicate = id == null
                ? repository.existsByCode(source.getCode())
                : repository.existsByCodeAndIdNot(source.getCode(), id);
        if (duplicate) {
            throw new ValidationException("code", "Another source already uses the code '" + source.getCode() + "'");
        }
        book.aliasOwnerOf(source.getCode(), id).ifPresent(owner -> {
            throw new ValidationException("code", "'" + source.getCode() + "' is already an alias of " + owner);
        });
        events.publishEvent(CatalogChanged.HERE);
        Source saved;
        try {
            saved = repository.saveAndFlush(source);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Source " + source.getCode(), e);
        } catch (DataIntegrityViolationException e) {
            throw new ValidationException("code", "Another source already uses the code '" + source.getCode() + "'");
        }
        audit.record(
                ENTITY,
                saved.getId(),
                id == null ? AuditAction.CREATE : AuditAction.UPDATE,
                saved.getCode() + ": " + saved.getName() + (saved.getUrl() == null ? "" : " <" + saved.getUrl() + ">"));
        return saved;
    }

    /**
     * Creates or updates a source together with its aliases, in one transaction: when the aliases
     * are refused, the source is not saved either.
     *
     * @throws ValidationException     if the code is used, or an alias is refused (field "aliases")
     * @throws ConcurrentEditException if someone else saved the source in the meantime
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Source save(Source source, List<String> aliasList) {
        // Checked before the source is written, so a refused alias leaves the edited bean as it was.
        book.check(aliasList, source.getCode(), source.getId());
        var saved = save(source);
        book.store(Objects.requireNonNull(saved.getId()), saved.getCode(), aliasList);
        return saved;
    }

    /** The source whose code or alias is {@code name}, compared normalised ({@link NameIndex#normalise}). */
    @Transactional(readOnly = true)
    public Optional<Source> resolve(String name) {
        return book.resolve(name);
    }

    /** All sources by code and alias, read in one query: for imports and notes. */
    @Transactional(readOnly = true)
    public NameIndex<Source> aliasIndex() {
        return book.index();
    }

    /** The source's aliases in the order the admin typed them. */
    @Transactional(readOnly = true)
    public List<String> aliases(long sourceId) {
        return aliases.namesOf(sourceId);
    }

    /**
     * Replaces the source's aliases: trimmed, blanks, repeats and the source's own code dropped,
     * at most 100 characters each and 30 per source, none used by another source (as alias or code).
     *
     * @return the aliases as stored
     * @throws ValidationException such as "'SMM' is already an alias of smm" (field "aliases")
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public List<String> setAliases(long sourceId, List<String> aliasList) {
        var source = get(sourceId);
        events.publishEvent(CatalogChanged.HERE);
        return book.store(sourceId, source.getCode(), aliasList);
    }

    /** The {@link AliasBook}'s view of the source tables. */
    private final class Aliased implements AliasBook.Store<Source> {

        @Override
        public List<String> namesOf(long ownerId) {
            return aliases.namesOf(ownerId);
        }

        @Override
        public List<AliasOwner> aliasOwners(Collection<String> keys) {
            return aliases.ownersOf(keys);
        }

        @Override
        public List<Source> withCodeKeys(Collection<String> keys) {
            return repository.findByCodeKeyIn(List.copyOf(keys));
        }

        @Override
        public List<Source> withAliasKey(String key) {
            return aliases.sourcesWithAliasKey(key);
        }

        @Override
        public List<Object[]> withAliases() {
            return aliases.sourcesWithAliases();
        }

        @Override
        public void replace(long ownerId, List<String> names) {
            aliases.deleteOf(ownerId);
            aliases.saveAllAndFlush(IntStream.range(0, names.size())
                    .mapToObj(i -> new SourceAlias(ownerId, names.get(i), i))
                    .toList());
        }
    }
}
