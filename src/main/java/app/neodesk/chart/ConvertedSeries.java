package app.neodesk.chart;

import app.neodesk.base.DateSearch;
import app.neodesk.quote.PriceChange;
import app.neodesk.quote.PriceFormat;
import app.neodesk.quote.QuotePoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
        var range = DateSearch.range(points, PricePoint::date, from, to);
        return range.covers(points) ? this : new ConvertedSeries(range.of(points), range.of(changes));
    }
}
