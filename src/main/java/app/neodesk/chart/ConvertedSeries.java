package app.neodesk.chart;

import app.neodesk.quote.PriceChange;
import app.neodesk.quote.PriceFormat;
import app.neodesk.quote.QuotePoint;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A whole stored series at its product's price scale: each point with its change against the stored
 * previous quote. A change depends only on its own row (the previous mid is stored with it), so a
 * date range of the converted series equals the converted rows of that range.
 */
record ConvertedSeries(List<PricePoint> points, List<PointChange> changes) {

    static ConvertedSeries of(List<QuotePoint> stored, int scale) {
        var points = new ArrayList<PricePoint>(stored.size());
        var changes = new ArrayList<PointChange>(stored.size());
        @Nullable QuotePoint before = null;
        @Nullable BigDecimal beforeMid = null;
        for (var p : stored) {
            var mid = PriceFormat.atScale(p.mid(), scale);
            points.add(new PricePoint(
                    p.date(), PriceFormat.atScale(p.low(), scale), PriceFormat.atScale(p.high(), scale), mid));
            var previousMid = p.previousMid();
            // The previous quote is usually the point just before, already converted.
            var previous = previousMid == null
                    ? null
                    : before != null && before.mid().equals(previousMid)
                            ? beforeMid
                            : PriceFormat.atScale(previousMid, scale);
            var change = PriceChange.of(mid, previous);
            changes.add(new PointChange(p.date(), change.amount(), change.percent(), p.previousDate()));
            before = p;
            beforeMid = mid;
        }
        return new ConvertedSeries(List.copyOf(points), List.copyOf(changes));
    }

    /** The points dated {@code from}..{@code to}, with their changes. */
    ConvertedSeries slice(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            return new ConvertedSeries(List.of(), List.of());
        }
        int first = firstOnOrAfter(from);
        int end = firstOnOrAfter(to.plusDays(1));
        return first == 0 && end == points.size()
                ? this
                : new ConvertedSeries(points.subList(first, end), changes.subList(first, end));
    }

    private int firstOnOrAfter(LocalDate date) {
        int low = 0;
        int high = points.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (points.get(middle).date().isBefore(date)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * The converted form of the most recently charted stored series, by the identity of the stored list:
     * the quote service hands out the same list while a series is unchanged, and a new list after any
     * change, so a changed series is converted afresh and never matches an old entry. An entry holds
     * its stored list weakly and goes once the quote service's cache has let the list go (after a
     * change); the {@code capacity} most recently used stay at most.
     */
    static final class Memo {

        /** A stored list, compared by identity and held weakly. */
        private static final class Key extends WeakReference<List<QuotePoint>> {
            private final int scale;
            private final int hash;

            Key(List<QuotePoint> stored, int scale, @Nullable ReferenceQueue<List<QuotePoint>> queue) {
                super(stored, queue);
                this.scale = scale;
                this.hash = System.identityHashCode(stored) * 31 + scale;
            }

            @Override
            public boolean equals(@Nullable Object other) {
                if (this == other) {
                    return true;
                }
                var stored = get();
                return other instanceof Key k && stored != null && k.get() == stored && k.scale == scale;
            }

            @Override
            public int hashCode() {
                return hash;
            }
        }

        private final ReferenceQueue<List<QuotePoint>> released = new ReferenceQueue<>();
        /** Least recently used first; guarded by itself. */
        private final Map<Key, ConvertedSeries> recent;

        Memo(int capacity) {
            this.recent = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, ConvertedSeries> eldest) {
                    return size() > capacity;
                }
            };
        }

        ConvertedSeries of(List<QuotePoint> stored, int scale) {
            var probe = new Key(stored, scale, null);
            synchronized (recent) {
                forgetReleased();
                var known = recent.get(probe);
                if (known != null) {
                    return known;
                }
            }
            var converted = ConvertedSeries.of(stored, scale);
            synchronized (recent) {
                recent.put(new Key(stored, scale, released), converted);
            }
            return converted;
        }

        /** How many converted series are kept now. */
        int size() {
            synchronized (recent) {
                forgetReleased();
                return recent.size();
            }
        }

        private void forgetReleased() {
            for (var key = released.poll(); key != null; key = released.poll()) {
                recent.remove(key); // equal only to itself now: its list is gone
            }
        }
    }
}
