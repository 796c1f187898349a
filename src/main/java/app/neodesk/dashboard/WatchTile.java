package app.neodesk.dashboard;

import app.neodesk.catalog.Product;
import app.neodesk.catalog.QuoteUnit;
import app.neodesk.catalog.Source;
import app.neodesk.quote.PriceChange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One watchlist product on the dashboard: its latest quote (from the main source, or the source of
 * the newest quote when the main source has none), its change over a day, a week and a month, and
 * its mids over the {@link DashboardService#SPARKLINE_PERIOD} before the latest quote for a sparkline.
 * Every price is in the unit of the latest quote.
 *
 * @param last       the latest quote, or {@code null} when the product has no quote yet
 * @param changes    1D, 1W and 1M in this order; empty without a quote
 * @param sparkline  the mids of the period, oldest first, ending with the latest quote
 * @param freshest   the date of the newest tile on the dashboard when this tile's quote is older
 *                   (the tile is stale), else {@code null}
 */
public record WatchTile(
        Product product,
        @Nullable Source source,
        @Nullable Last last,
        List<Change> changes,
        Period sparklinePeriod,
        List<Point> sparkline,
        @Nullable LocalDate freshest) {

    public WatchTile {
        changes = List.copyOf(changes);
        sparkline = List.copyOf(sparkline);
    }

    /** A tile of a product without any quote. */
    static WatchTile empty(Product product, @Nullable Source source) {
        return new WatchTile(product, source, null, List.of(), new Period("", null, null), List.of(), null);
    }

    /** The latest quote: date, low–high range and mid, in {@code unit}. */
    public record Last(LocalDate date, BigDecimal low, BigDecimal high, BigDecimal mid, QuoteUnit unit) {}

    /**
     * The change of the latest mid over one {@link ChangeSpan}.
     *
     * @param change     empty ({@link PriceChange#NONE}) when there is no quote that far back, or only one
     *                   in another currency
     * @param baseDate   the date of the quote the change is measured against, if any
     * @param versusDate {@code baseDate} when it lies further back than the desk's gap
     *                   ({@link app.neodesk.quote.PreviousGap}) beyond the span, so the change reads
     *                   "−21.70% vs 2021-03-18" and does not pass for a move of one week
     */
    public record Change(
            ChangeSpan span,
            PriceChange change,
            @Nullable LocalDate baseDate,
            @Nullable LocalDate versusDate) {}

    /** The sparkline's period: its label ("3M") and its first and last day ({@code null} without a quote). */
    public record Period(
            String label,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {}

    /** One mid of the sparkline, in the unit of the latest quote. */
    public record Point(LocalDate date, BigDecimal mid) {}

    public boolean hasQuote() {
        return last != null;
    }

    /** Whether the latest quote is older than the newest one on the dashboard. */
    public boolean stale() {
        return freshest != null;
    }

    /** The date of the latest quote, or {@code null} without a quote. */
    public @Nullable LocalDate date() {
        return last == null ? null : last.date();
    }

    /** The change over {@code span}; {@link PriceChange#NONE} without a quote. */
    public Change change(ChangeSpan span) {
        return changes.stream()
                .filter(c -> c.span() == span)
                .findFirst()
                .orElse(new Change(span, PriceChange.NONE, null, null));
    }

    /**
     * The sparkline's move from its first mid to its last (both in the latest unit), which colours
     * it; {@link PriceChange#NONE} with fewer than two points.
     */
    public PriceChange sparklineTrend() {
        return sparkline.size() < 2
                ? PriceChange.NONE
                : PriceChange.of(sparkline.getLast().mid(), sparkline.getFirst().mid());
    }

    WatchTile withFreshest(@Nullable LocalDate newest) {
        var date = date();
        var stale = date != null && newest != null && date.isBefore(newest) ? newest : null;
        return new WatchTile(product, source, last, changes, sparklinePeriod, sparkline, stale);
    }
}
