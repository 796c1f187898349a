package app.neodesk.quote;

import app.neodesk.base.DateSearch;
import app.neodesk.live.PriceUpdate;
import app.neodesk.live.PriceUpdates;
import jakarta.annotation.PreDestroy;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The whole live series of the most recently read (product, source) pairs on this node, oldest
 * first, for charts: every chart of the same products reads the same few thousand rows, and the
 * chart of 4 products over "All" is the heaviest read of a trading day.
 * <ul>
 *   <li>A pair is dropped when {@link PriceUpdates} reports a committed change to it (a save,
 *       correction, deletion or import, on this node or, in the {@code postgres} profile, on
 *       another); every pair is dropped on a resync (this node missed updates).</li>
 *   <li>A load that began before a drop does not store what it read: every drop starts a new
 *       generation, and a load stores its series only into the generation it started in.</li>
 *   <li>Only reads outside a writing transaction use it: a transaction that wrote a quote must see its
 *       own write, which the others must not see before the commit.</li>
 * </ul>
 * Rows carry their previous mid and date, so a slice of the series equals the rows of a range
 * query.
 */
@Component
class SeriesCache {

    record Key(long productId, long sourceId) {}

    private final int capacity;
    private final PriceUpdates.Subscription subscription;
    /** Least recently used first; guarded by {@code this}. */
    private final LinkedHashMap<Key, List<QuotePoint>> series;

    private long generation;

    SeriesCache(PriceUpdates updates, @Value("${neodesk.chart.series-cache-size:32}") int capacity) {
        this.capacity = Math.max(0, capacity);
        this.series = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, List<QuotePoint>> eldest) {
                return size() > SeriesCache.this.capacity;
            }
        };
        this.subscription = updates.subscribe(this::onUpdate);
    }

    /** The whole series of {@code key}, from this cache or loaded by {@code load} (and kept if allowed). */
    List<QuotePoint> series(Key key, Supplier<List<QuotePoint>> load) {
        if (!usable()) {
            return load.get();
        }
        long started;
        synchronized (this) {
            var held = series.get(key);
            if (held != null) {
                return held;
            }
            started = generation;
        }
        var loaded = List.copyOf(load.get());
        synchronized (this) {
            if (generation == started && capacity > 0) {
                series.put(key, loaded);
            }
        }
        return loaded;
    }

    /** The rows dated {@code from}..{@code to} of a series sorted by date. */
    static List<QuotePoint> slice(List<QuotePoint> series, LocalDate from, LocalDate to) {
        return DateSearch.slice(series, QuotePoint::date, from, to);
    }

    /** Whether this read may use and fill the cache: no transaction, or a read-only one. */
    private static boolean usable() {
        return !TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    private void onUpdate(PriceUpdate update) {
        synchronized (this) {
            generation++;
            if (update.isResync()) {
                series.clear();
            } else {
                series.remove(new Key(update.productId(), update.sourceId()));
            }
        }
    }

    /** Forgets every series (for tests that change quotes behind the services' back). */
    synchronized void clear() {
        generation++;
        series.clear();
    }

    synchronized int size() {
        return series.size();
    }

    @PreDestroy
    void close() {
        subscription.close();
    }
}
