package app.neodesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.base.CatalogChanged;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The cache's own rules, without a database: each load returns a new snapshot, counted. */
class CatalogCacheTest {

    private final List<CatalogSnapshot> loaded = new ArrayList<>();

    private CatalogSnapshot next() {
        var snapshot = new CatalogSnapshot(Map.of(), Map.of(), UnitHistory.NONE, Map.of());
        synchronized (loaded) {
            loaded.add(snapshot);
        }
        return snapshot;
    }

    @Test
    void aSnapshotIsLoadedOnceAndKeptUntilTheCatalogChanges() {
        var cache = new CatalogCache(this::next);
        var first = cache.snapshot();
        assertThat(cache.snapshot()).isSameAs(first);
        assertThat(loaded).hasSize(1);

        cache.onCatalogChanged(CatalogChanged.HERE); // outside a transaction: cleared at once
        var second = cache.snapshot();
        assertThat(second).isNotSameAs(first);
        cache.onCatalogChanged(CatalogChanged.ELSEWHERE);
        assertThat(cache.snapshot()).isNotSameAs(second);
        assertThat(loaded).hasSize(3);
    }

    @Test
    void aLoadThatStartedBeforeAChangeDoesNotStoreWhatItRead() throws Exception {
        var reading = new CountDownLatch(1);
        var changed = new CountDownLatch(1);
        var calls = new AtomicInteger();
        var cache = new CatalogCache(() -> {
            if (calls.incrementAndGet() == 1) {
                reading.countDown(); // the slow load has read the catalog as it was before the change
                await(changed);
            }
            return next();
        });
        var slow = CompletableFuture.supplyAsync(cache::snapshot);
        await(reading);
        cache.onCatalogChanged(CatalogChanged.ELSEWHERE); // the change commits while the load is under way
        changed.countDown();
        var stale = slow.get(10, TimeUnit.SECONDS);

        var after = cache.snapshot();
        assertThat(after)
                .as("read again after the change, not the snapshot read before it")
                .isNotSameAs(stale);
        assertThat(calls).hasValue(2);
        assertThat(cache.snapshot()).isSameAs(after);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
