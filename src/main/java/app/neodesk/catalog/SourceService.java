package app.neodesk.catalog;

import app.neodesk.audit.AuditAction;
import app.neodesk.audit.AuditService;
import app.neodesk.base.ConcurrentEditException;
import app.neodesk.base.NotFoundException;
import app.neodesk.base.SearchText;
import app.neodesk.base.ValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/** Price sources: everybody signed in reads them, only admins change them. */
@Service
@PreAuthorize("isAuthenticated()")
public class SourceService {

    static final String ENTITY = "Source";

    private final SourceRepository repository;
    private final SourceAliasRepository aliases;
    private final AuditService audit;
    private final TransactionTemplate separateRead;

    SourceService(SourceRepository repository, SourceAliasRepository aliases, AuditService audit,
                  PlatformTransactionManager transactions) {
        this.repository = repository;
        this.aliases = aliases;
        this.audit = audit;
        this.separateRead = new TransactionTemplate(transactions);
        separateRead.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        separateRead.setReadOnly(true);
    }

    @Transactional(readOnly = true)
    public List<Source> findAll() {
        return repository.findAllByOrderByCode();
    }

    @Transactional(readOnly = true)
    public Optional<Source> findByCode(String code) {
        return repository.findByCode(code);
    }

    @Transactional(readOnly = true)
    public Source get(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("Source"));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Slice<Source> search(@Nullable String text, Pageable pageable) {
        var pattern = SearchText.containsPattern(text);
        Specification<Source> spec = pattern == null ? (root, query, cb) -> cb.conjunction()
                : (root, query, cb) -> cb.or(cb.like(cb.lower(root.get(Source.SORT_CODE)), pattern),
                        cb.like(cb.lower(root.get("name")), pattern));
        return repository.findBy(spec, q -> q.sortBy(Sort.by(Source.SORT_CODE))
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
        boolean duplicate = id == null ? repository.existsByCode(source.getCode())
                : repository.existsByCodeAndIdNot(source.getCode(), id);
        if (duplicate) {
            throw new ValidationException("code", "Another source already uses the code '" + source.getCode() + "'");
        }
        aliasOwners(List.of(source.getCode()), id).values().stream().findFirst().ifPresent(owner -> {
            throw new ValidationException("code", "'" + source.getCode() + "' is already an alias of " + owner);
        });
        Source saved;
        try {
            saved = repository.saveAndFlush(source);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Source " + source.getCode(), e);
        } catch (DataIntegrityViolationException e) {
            throw new ValidationException("code", "Another source already uses the code '" + source.getCode() + "'");
        }
        audit.record(ENTITY, saved.getId(), id == null ? AuditAction.CREATE : AuditAction.UPDATE,
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
        var cleaned = Aliases.clean(aliasList, source.getCode(), "source");
        checkClashes(cleaned, source.getId());
        var saved = save(source);
        storeAliases(saved, aliasList);
        return saved;
    }

    /** The source whose code or alias is {@code name}, compared normalised ({@link NameIndex#normalise}). */
    @Transactional(readOnly = true)
    public Optional<Source> resolve(String name) {
        var key = NameIndex.normalise(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        var byCode = repository.findByCodeKeyIn(List.of(key));
        if (byCode.size() == 1) {
            return Optional.of(byCode.getFirst());
        }
        var byAlias = aliases.sourcesWithAliasKey(key);
        return byAlias.size() == 1 ? Optional.of(byAlias.getFirst()) : Optional.empty();
    }

    /** All sources by code and alias, read in one query: for imports and notes. */
    @Transactional(readOnly = true)
    public NameIndex<Source> aliasIndex() {
        var index = NameIndex.<Source>builder();
        for (var row : aliases.sourcesWithAliases()) {
            var source = (Source) row[0];
            index.add(source.getCode(), source);
            if (row[1] instanceof String alias) {
                index.add(alias, source);
            }
        }
        return index.build();
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
        return storeAliases(get(sourceId), aliasList);
    }

    private List<String> storeAliases(Source source, List<String> aliasList) {
        long id = Objects.requireNonNull(source.getId());
        var cleaned = Aliases.clean(aliasList, source.getCode(), "source");
        var before = aliases.namesOf(id);
        if (cleaned.equals(before)) {
            return before;
        }
        checkClashes(cleaned, id);
        aliases.deleteOf(id);
        var rows = IntStream.range(0, cleaned.size())
                .mapToObj(i -> new SourceAlias(id, cleaned.get(i), i)).toList();
        try {
            aliases.saveAllAndFlush(rows);
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException e) {
            // Another admin stored one of these aliases at the same moment: name it like the check does.
            var clash = separateRead.execute(status -> Aliases.firstClash(cleaned, aliasOwners(cleaned, id),
                    codeOwners(cleaned, id)));
            if (clash != null && clash.isPresent()) {
                throw new ValidationException(Aliases.FIELD, clash.get());
            }
            if (e instanceof PessimisticLockingFailureException) {
                // H2 stopped waiting for the other admin's transaction, which has not committed yet.
                throw new ValidationException(Aliases.FIELD, Aliases.BUSY_MESSAGE);
            }
            throw new ConcurrentEditException("The aliases of source " + source.getCode(), e);
        }
        audit.record(ENTITY, id, AuditAction.UPDATE, source.getCode() + ": " + Aliases.describeChange(before, cleaned));
        return cleaned;
    }

    private void checkClashes(List<String> cleaned, @Nullable Long ownId) {
        Aliases.firstClash(cleaned, aliasOwners(cleaned, ownId), codeOwners(cleaned, ownId)).ifPresent(message -> {
            throw new ValidationException(Aliases.FIELD, message);
        });
    }

    /** Normalised key → code of the other source that has it as an alias. */
    private Map<String, String> aliasOwners(List<String> names, @Nullable Long ownId) {
        if (names.isEmpty()) {
            return Map.of();
        }
        var keys = names.stream().map(NameIndex::normalise).toList();
        var others = aliases.findByAliasKeyIn(keys).stream()
                .filter(a -> ownId == null || a.getSourceId() != ownId).toList();
        if (others.isEmpty()) {
            return Map.of();
        }
        var codes = new HashMap<Long, String>();
        repository.findAllById(others.stream().map(SourceAlias::getSourceId).toList())
                .forEach(s -> codes.put(s.getId(), s.getCode()));
        var owners = new HashMap<String, String>();
        others.forEach(a -> owners.put(a.getAliasKey(), codes.getOrDefault(a.getSourceId(), "another source")));
        return owners;
    }

    /** Normalised key → code of the other source whose code it is. */
    private Map<String, String> codeOwners(List<String> names, @Nullable Long ownId) {
        if (names.isEmpty()) {
            return Map.of();
        }
        var owners = new HashMap<String, String>();
        repository.findByCodeKeyIn(names.stream().map(NameIndex::normalise).toList()).stream()
                .filter(s -> !Objects.equals(s.getId(), ownId))
                .forEach(s -> owners.put(NameIndex.normalise(s.getCode()), s.getCode()));
        return owners;
    }
}
