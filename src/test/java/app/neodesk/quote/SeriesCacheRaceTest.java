package app.neodesk.quote;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.live.PriceUpdate;
import app.neodesk.live.PriceUpdates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The cache's own rules, without a database: what it keeps, what it drops, and the race of a slow load. */
class SeriesCacheRaceTest {

    private static final SeriesCache.Key KEY = new SeriesCache.Key(1, 2);

    /** Delivers to its listeners at once, as the app's fan-out does after a commit. */
    private static final class Updates implements PriceUpdates {
        final List<Consumer<PriceUpdate>> listeners = new CopyOnWriteArrayList<>();

        @Override
        public Subscription subscribe(Consumer<PriceUpdate> listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }

        @Override
        public void deliver(PriceUpdate update) {
            listeners.forEach(l -> l.accept(update));
        }

        @Override
        public int listenerCount() {
            return listeners.size();
        }
    }

    private static QuotePoint point(String day, String mid) {
        var value = new BigDecimal(mid);
        return new QuotePoint(LocalDate.parse(day), value, value, value, null, null);
    }

    @Test
    void aLoadThatAnUpdateOvertookIsNotKept() {
        var updates = new Updates();
        var cache = new SeriesCache(updates, 8);
        var loads = new AtomicInteger();

        // The load read the old rows; the update committed and was reported before it finished.
        var first = cache.series(KEY, () -> {
            loads.incrementAndGet();
            updates.deliver(new PriceUpdate(1, 2, LocalDate.of(2024, 1, 2)));
            return List.of(point("2024-01-01", "100"));
        });
        assertThat(first).hasSize(1);
        assertThat(cache.size()).isZero();

        var second = cache.series(KEY, () -> {
            loads.incrementAndGet();
            return List.of(point("2024-01-01", "100"), point("2024-01-02", "101"));
        });
        assertThat(second).hasSize(2);
        assertThat(cache.series(KEY, () -> List.of())).as("kept now").hasSize(2);
        assertThat(loads).hasValue(2);
    }

    @Test
    void theLeastRecentlyReadSeriesGoesFirstWhenTheCacheIsFull() {
        var cache = new SeriesCache(new Updates(), 2);
        cache.series(new SeriesCache.Key(1, 1), () -> List.of(point("2024-01-01", "1")));
        cache.series(new SeriesCache.Key(2, 1), () -> List.of(point("2024-01-01", "2")));
        cache.series(new SeriesCache.Key(1, 1), () -> List.of()); // read again: now the most recent
        cache.series(new SeriesCache.Key(3, 1), () -> List.of(point("2024-01-01", "3")));

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.series(new SeriesCache.Key(1, 1), () -> List.of())).hasSize(1);
        assertThat(cache.series(new SeriesCache.Key(2, 1), () -> List.of()))
                .as("dropped, loaded again")
                .isEmpty();
    }

    @Test
    void aStoppedNodeNoLongerListens() {
        var updates = new Updates();
        var cache = new SeriesCache(updates, 2);
        assertThat(updates.listenerCount()).isEqualTo(1);
        cache.close();
        assertThat(updates.listenerCount()).isZero();
    }

    @Test
    void aSliceOfAnEmptySeriesIsEmpty() {
        assertThat(SeriesCache.slice(List.of(), LocalDate.MIN, LocalDate.of(2030, 1, 1)))
                .isEmpty();
        var series = List.of(point("2024-01-01", "1"), point("2024-01-03", "3"));
        assertThat(SeriesCache.slice(series, LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 2)))
                .isEmpty();
        assertThat(SeriesCache.slice(series, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 3)))
                .isSameAs(series);
    }
}
