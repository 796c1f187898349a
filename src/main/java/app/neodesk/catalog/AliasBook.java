package app.neodesk.catalog;

import app.neodesk.audit.AuditAction;
import app.neodesk.audit.AuditService;
import app.neodesk.base.ConcurrentEditException;
import app.neodesk.base.ValidationException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The alias rules products and sources share, over each one's own tables ({@link Store}): clean
 * the typed list ({@link Aliases#clean}), refuse a name another item owns as alias or code, replace
 * the stored list, and turn a race lost to another admin into the same clash message. Runs inside
 * the calling service's transaction.
 */
final class AliasBook<T> {

    /** What the book needs of one kind's tables. */
    interface Store<T> {
        /** The owner's aliases in the order typed. */
        List<String> namesOf(long ownerId);

        /** The owners of aliases with these normalised keys. */
        List<AliasOwner> aliasOwners(Collection<String> keys);

        /** The items whose code normalises to one of these keys. */
        List<T> withCodeKeys(Collection<String> keys);

        /** The items with an alias of this normalised key. */
        List<T> withAliasKey(String key);

        /** Every item with each of its aliases: [item, alias], an item without aliases once with a null alias. */
        List<Object[]> withAliases();

        /** Replaces the owner's aliases by {@code names}, flushed, so a clash shows here. */
        void replace(long ownerId, List<String> names);
    }

    private final String kind;
    private final String entity;
    private final Function<T, String> code;
    private final Function<T, @Nullable Long> id;
    private final Store<T> store;
    private final AuditService audit;
    private final TransactionTemplate separateRead;

    /**
     * @param kind   "product" or "source", as messages name it
     * @param entity the audit trail's entity type
     */
    AliasBook(
            String kind,
            String entity,
            Function<T, String> code,
            Function<T, @Nullable Long> id,
            Store<T> store,
            AuditService audit,
            PlatformTransactionManager transactions) {
        this.kind = kind;
        this.entity = entity;
        this.code = code;
        this.id = id;
        this.store = store;
        this.audit = audit;
        this.separateRead = new TransactionTemplate(transactions);
        separateRead.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        separateRead.setReadOnly(true);
    }

    /** The item whose code or alias is {@code name}, compared normalised ({@link NameIndex#normalise}). */
    Optional<T> resolve(String name) {
        var key = NameIndex.normalise(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        var byCode = store.withCodeKeys(List.of(key));
        if (byCode.size() == 1) {
            return Optional.of(byCode.getFirst());
        }
        var byAlias = store.withAliasKey(key);
        return byAlias.size() == 1 ? Optional.of(byAlias.getFirst()) : Optional.empty();
    }

    /** Every item by code and alias, read in one query: for imports and notes. */
    @SuppressWarnings("unchecked")
    NameIndex<T> index() {
        var index = NameIndex.<T>builder();
        for (var row : store.withAliases()) {
            var item = (T) row[0];
            index.add(code.apply(item), item);
            if (row[1] instanceof String alias) {
                index.add(alias, item);
            }
        }
        return index.build();
    }

    /**
     * Checks a typed list before its item is written, so a refused alias leaves the edited item as it was.
     *
     * @throws ValidationException on field {@value Aliases#FIELD}
     */
    void check(List<String> typed, String code, @Nullable Long ownId) {
        firstClash(Aliases.clean(typed, code, kind), ownId).ifPresent(message -> {
            throw new ValidationException(Aliases.FIELD, message);
        });
    }

    /** The code of another item that has {@code name} as an alias, if any (for a new or changed code). */
    Optional<String> aliasOwnerOf(String name, @Nullable Long ownId) {
        return others(store.aliasOwners(List.of(NameIndex.normalise(name))), ownId).values().stream()
                .findFirst();
    }

    /**
     * Replaces the item's aliases and audits the change.
     *
     * @return the aliases as stored
     * @throws ValidationException such as "'氧化镨钕' is already an alias of prnd-oxide-cn" (field "aliases")
     */
    List<String> store(long id, String code, List<String> typed) {
        var cleaned = Aliases.clean(typed, code, kind);
        var before = store.namesOf(id);
        if (cleaned.equals(before)) {
            return before;
        }
        firstClash(cleaned, id).ifPresent(message -> {
            throw new ValidationException(Aliases.FIELD, message);
        });
        try {
            store.replace(id, cleaned);
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException e) {
            // Another admin stored one of these aliases at the same moment: name it like the check does.
            var clash = separateRead.execute(status -> firstClash(cleaned, id));
            if (clash != null && clash.isPresent()) {
                throw new ValidationException(Aliases.FIELD, clash.get());
            }
            if (e instanceof PessimisticLockingFailureException) {
                // H2 stopped waiting for the other admin's transaction, which has not committed yet.
                throw new ValidationException(Aliases.FIELD, Aliases.BUSY_MESSAGE);
            }
            throw new ConcurrentEditException("The aliases of " + kind + " " + code, e);
        }
        audit.record(entity, id, AuditAction.UPDATE, code + ": " + Aliases.describeChange(before, cleaned));
        return cleaned;
    }

    private Optional<String> firstClash(List<String> cleaned, @Nullable Long ownId) {
        if (cleaned.isEmpty()) {
            return Optional.empty();
        }
        var keys = cleaned.stream().map(NameIndex::normalise).toList();
        var codeOwners = store.withCodeKeys(keys).stream()
                .map(x -> new AliasOwner(
                        NameIndex.normalise(code.apply(x)), Objects.requireNonNull(id.apply(x)), code.apply(x)))
                .toList();
        return Aliases.firstClash(cleaned, others(store.aliasOwners(keys), ownId), others(codeOwners, ownId));
    }

    /** Normalised key → code of an owner other than {@code ownId}. */
    private static Map<String, String> others(List<AliasOwner> owners, @Nullable Long ownId) {
        var result = new HashMap<String, String>();
        owners.stream().filter(o -> ownId == null || o.ownerId() != ownId).forEach(o -> result.put(o.key(), o.code()));
        return result;
    }
}
