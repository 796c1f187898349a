package app.neodesk.chart.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One point of a chart series: the values the chart draws and the tooltip shows. The chart does no
 * math of its own; change and change % come from the server (see {@link ChartSeries#ofQuotes}).
 *
 * @param date the date
 * @param low the low, or {@code null} for series without a range (spreads, ratios)
 * @param high the high, or {@code null} for series without a range
 * @param mid the value the line goes through
 * @param change change against the previous point, {@code null} when there is none
 * @param changePercent change % against the previous point, {@code null} when there is none
 * @param versusDate the previous quote's date when it is older than the desk's gap, so the tooltip
 *     reads "-21.70% vs 2021-03-18"; {@code null} for a usual previous quote or none
 */
public record ChartPoint(
        LocalDate date,
        @Nullable BigDecimal low,
        @Nullable BigDecimal high,
        BigDecimal mid,
        @Nullable BigDecimal change,
        @Nullable BigDecimal changePercent,
        @Nullable LocalDate versusDate) {

    public ChartPoint {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(mid, "mid");
    }

    /** A point whose change needs no base date. */
    public ChartPoint(
            LocalDate date,
            @Nullable BigDecimal low,
            @Nullable BigDecimal high,
            BigDecimal mid,
            @Nullable BigDecimal change,
            @Nullable BigDecimal changePercent) {
        this(date, low, high, mid, change, changePercent, null);
    }
}
