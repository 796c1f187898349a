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
import java.util.Optional;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
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
    private final CatalogWrites<Source> writes;
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
        this.writes = new CatalogWrites<>(repository, book, "source", events);
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
     * Creates a source with its aliases, in one transaction.
     *
     * @throws ValidationException if the code is used (field "code"), or an alias is refused (field "aliases")
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Source create(SourceData data, List<String> aliasList) {
        writes.checkCode(data.code(), null);
        book.check(aliasList, data.code(), null);
        var saved = writes.save(Source.of(data));
        audit.record(ENTITY, saved.getId(), AuditAction.CREATE, summary(saved));
        book.store(saved.requireId(), saved.getCode(), aliasList);
        return saved;
    }

    /**
     * Changes a source and its aliases, in one transaction: when the aliases are refused, the
     * source is not changed either.
     *
     * @param version the version the admin edited; another one means someone else saved meanwhile
     * @throws NotFoundException       if there is no such source
     * @throws ValidationException     if the code is used (field "code"), or an alias is refused (field "aliases")
     * @throws ConcurrentEditException if someone else saved the source since {@code version}
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Source update(long id, long version, SourceData data, List<String> aliasList) {
        var source = loadForChange(id, version);
        writes.checkCode(data.code(), id);
        book.check(aliasList, data.code(), id);
        source.apply(data);
        var saved = writes.save(source);
        audit.record(ENTITY, id, AuditAction.UPDATE, summary(saved));
        book.store(id, saved.getCode(), aliasList);
        return saved;
    }

    private Source loadForChange(long id, long version) {
        var source = repository.findById(id).orElseThrow(() -> new NotFoundException("Source"));
        source.requireVersion(version, "Source " + source.getCode());
        return source;
    }

    private static String summary(Source s) {
        return s.getCode() + ": " + s.getName() + (s.getUrl() == null ? "" : " <" + s.getUrl() + ">");
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
