package app.neodesk.dashboard;

import app.neodesk.catalog.Product;
import app.neodesk.catalog.QuoteUnit;
import app.neodesk.catalog.Source;
import app.neodesk.quote.PreviousGap;
import app.neodesk.quote.PriceChange;
import app.neodesk.quote.QuotePoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The figures of one dashboard tile, computed from the quotes of its sparkline period: the latest
 * quote, the 1D/1W/1M changes and the sparkline. Prices dated before a unit change are converted
 * exactly to the latest quote's unit (1 t = 1,000 kg); a price in another currency is never
 * compared, so its change is empty.
 */
final class TileFigures {

    private TileFigures() {}

    /** A quote the change is measured against: its date and its mid, as stored. */
    private record Base(LocalDate date, BigDecimal mid) {}

    /**
     * @param sparklinePeriod the period the caller read {@code period} for
     * @param period all live quotes of one series from a day on or before every {@link ChangeSpan#target}
     *               up to the latest quote, oldest first, each with its previous mid and date; not empty
     * @param unitAt the unit a price of that date was stored in
     */
    static WatchTile of(
            Product product,
            @Nullable Source source,
            WatchTile.Period sparklinePeriod,
            List<QuotePoint> period,
            Function<LocalDate, QuoteUnit> unitAt,
            PreviousGap gap) {
        var latest = period.getLast();
        var unit = unitAt.apply(latest.date());
        var last = new WatchTile.Last(latest.date(), latest.low(), latest.high(), latest.mid(), unit);
        var changes = new ArrayList<WatchTile.Change>();
        for (var span : ChangeSpan.values()) {
            var target = span.target(latest.date());
            var before = target == null ? previous(latest) : onOrBefore(period, target);
            if (before == null) {
                changes.add(new WatchTile.Change(span, PriceChange.NONE, null, null));
                continue;
            }
            var baseMid = inUnit(before.mid(), unitAt.apply(before.date()), unit);
            var change = baseMid == null ? PriceChange.NONE : PriceChange.of(latest.mid(), baseMid);
            var versus = gap.versus(target == null ? latest.date() : target, before.date());
            changes.add(new WatchTile.Change(span, change, before.date(), versus));
        }
        var points = new ArrayList<WatchTile.Point>();
        for (var p : period) {
            var mid = inUnit(p.mid(), unitAt.apply(p.date()), unit);
            if (mid != null) {
                points.add(new WatchTile.Point(p.date(), mid));
            }
        }
        return new WatchTile(product, source, last, changes, sparklinePeriod, points, null);
    }

    private static @Nullable Base previous(QuotePoint latest) {
        var date = latest.previousDate();
        var mid = latest.previousMid();
        return date == null || mid == null ? null : new Base(date, mid);
    }

    /**
     * The latest quote on or before {@code target}: the last such quote of the period, else the quote
     * before the period's first one (which, the period holding every quote from a day on or before
     * the target, is the latest before the target), else none.
     */
    private static @Nullable Base onOrBefore(List<QuotePoint> period, LocalDate target) {
        for (int i = period.size() - 1; i >= 0; i--) {
            var p = period.get(i);
            if (!p.date().isAfter(target)) {
                return new Base(p.date(), p.mid());
            }
        }
        var first = previous(period.getFirst());
        return first != null && !first.date().isAfter(target) ? first : null;
    }

    private static @Nullable BigDecimal inUnit(BigDecimal value, QuoteUnit stored, QuoteUnit wanted) {
        if (stored.equals(wanted)) {
            return value;
        }
        return stored.convertibleTo(wanted) ? stored.convert(value, wanted) : null;
    }
}
