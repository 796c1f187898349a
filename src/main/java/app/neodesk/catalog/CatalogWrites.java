package app.neodesk.catalog;

import app.neodesk.base.CatalogChanged;
import app.neodesk.base.ConcurrentEditException;
import app.neodesk.base.ValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The code rules and the save that products and sources share, inside the calling service's
 * transaction: a code is unique among the items and their aliases, and a save tells every node's
 * catalog cache and turns a lost race into the user's message.
 */
final class CatalogWrites<T extends CatalogEntity> {

    private final CatalogRepository<T> repository;
    private final AliasBook<T> book;
    private final String kind;
    private final ApplicationEventPublisher events;

    /** @param kind "product" or "source", as messages name it */
    CatalogWrites(CatalogRepository<T> repository, AliasBook<T> book, String kind, ApplicationEventPublisher events) {
        this.repository = repository;
        this.book = book;
        this.kind = kind;
        this.events = events;
    }

    /**
     * Refuses a code that another item has, or that is an alias.
     *
     * @param id the item's own id; null for a new one
     * @throws ValidationException at field "code"
     */
    void checkCode(String code, @Nullable Long id) {
        boolean duplicate = id == null ? repository.existsByCode(code) : repository.existsByCodeAndIdNot(code, id);
        if (duplicate) {
            throw codeUsed(code);
        }
        book.aliasOwnerOf(code, id).ifPresent(owner -> {
            throw new ValidationException("code", "'" + code + "' is already an alias of " + owner);
        });
    }

    /**
     * Saves and flushes, and tells the catalog caches.
     *
     * @throws ConcurrentEditException if another admin saved the item meanwhile
     * @throws ValidationException     at field "code" if another admin took the code meanwhile
     */
    T save(T item) {
        events.publishEvent(CatalogChanged.HERE);
        try {
            return repository.saveAndFlush(item);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException(
                    Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " " + item.getCode(), e);
        } catch (DataIntegrityViolationException e) {
            throw codeUsed(item.getCode());
        }
    }

    private ValidationException codeUsed(String code) {
        return new ValidationException("code", "Another " + kind + " already uses the code '" + code + "'");
    }
}
