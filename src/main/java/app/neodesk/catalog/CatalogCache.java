package app.neodesk.catalog;

import app.neodesk.base.CatalogChanged;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The catalog snapshot of this node, loaded on first use and cleared on every catalog change.
 * <ul>
 *   <li>A change made in a transaction ({@link CatalogChanged#HERE}) clears it once that transaction
 *       commits (or rolls back); until then that transaction itself reads the catalog fresh, so it sees its own
 *       change, and the others keep the committed one.</li>
 *   <li>A change reported by another node ({@link CatalogChanged#ELSEWHERE}) clears it at once.</li>
 *   <li>A load that began before a clear does not store what it read, which may be older than the
 *       change: every clear starts a new generation, and a load stores its snapshot only into the
 *       generation it started in.</li>
 * </ul>
 */
@Component
class CatalogCache {

    /** The snapshot of a generation, or none yet; a new object for every clear. */
    private record Held(long generation, @Nullable CatalogSnapshot snapshot) {}

    private final CatalogLoader loader;
    private final AtomicReference<Held> held = new AtomicReference<>(new Held(0, null));
    /** Bound to a transaction that changed the catalog. */
    private final Object changedInTransaction = new Object();

    CatalogCache(CatalogLoader loader) {
        this.loader = loader;
    }

    /** The current snapshot, loaded (in the caller's transaction) if there is none. */
    CatalogSnapshot snapshot() {
        if (TransactionSynchronizationManager.hasResource(changedInTransaction)) {
            return loader.load(); // this transaction changed the catalog: the others must not see it yet
        }
        var current = held.get();
        var snapshot = current.snapshot();
        if (snapshot != null) {
            return snapshot;
        }
        var loaded = loader.load();
        held.compareAndSet(current, new Held(current.generation(), loaded)); // fails if cleared meanwhile
        return loaded;
    }

    /** Clears the snapshot and loads it again: for a row whose product or source the snapshot lacks. */
    CatalogSnapshot reload() {
        clear();
        return snapshot();
    }

    /** Forgets the snapshot; loads that are under way do not store theirs. */
    void clear() {
        held.updateAndGet(h -> new Held(h.generation() + 1, null));
    }

    @EventListener
    void onCatalogChanged(CatalogChanged change) {
        if (change.fromOtherNode() || !TransactionSynchronizationManager.isSynchronizationActive()) {
            clear();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(changedInTransaction)) {
            return; // already registered for this transaction
        }
        TransactionSynchronizationManager.bindResource(changedInTransaction, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(changedInTransaction);
                // After a rollback too: a catalog write in a nested REQUIRES_NEW transaction found this
                // one registered and committed on its own.
                clear();
            }
        });
    }
}
