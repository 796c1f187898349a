package app.neodesk.catalog;

import java.util.Collection;
import java.util.function.Supplier;

/**
 * The cached catalog for one call that may meet products or sources newer than this node's cache
 * (created on another node whose notice has not arrived yet): asked for ids the snapshot lacks, it
 * loads the catalog again, at most once per lookup. So a stale cache costs one reload, never a
 * missing row, and a current one costs no query.
 */
public final class CatalogLookup {

    private final Supplier<CatalogSnapshot> reload;
    private CatalogSnapshot snapshot;
    private boolean reloaded;

    CatalogLookup(CatalogSnapshot snapshot, Supplier<CatalogSnapshot> reload) {
        this.snapshot = snapshot;
        this.reload = reload;
    }

    /** The snapshot as it is now (the reloaded one after a reload). */
    public CatalogSnapshot snapshot() {
        return snapshot;
    }

    /** The snapshot, reloaded first when it lacks this product or this source. */
    public CatalogSnapshot holding(long productId, long sourceId) {
        if ((snapshot.product(productId) == null || snapshot.source(sourceId) == null) && !reloaded) {
            reload();
        }
        return snapshot;
    }

    /** The snapshot, reloaded first when it lacks any of these products. */
    public CatalogSnapshot holdingProducts(Collection<Long> productIds) {
        if (!reloaded && productIds.stream().anyMatch(id -> snapshot.product(id) == null)) {
            reload();
        }
        return snapshot;
    }

    private void reload() {
        reloaded = true;
        snapshot = reload.get();
    }
}
