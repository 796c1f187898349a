package app.neodesk.chart;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Change of a point's mid against the previous point (or stored previous quote) of the same series.
 *
 * <p>Both values are {@code null} for the first point of a series: there is no previous quote, so
 * the change is empty, never 0. An unchanged mid gives {@code 0} and {@code 0.00}.
 *
 * @param date the point's date
 * @param change {@code mid - previous mid}, or {@code null} without a previous point
 * @param changePercent {@code change / previous mid × 100}, HALF_UP to 2 decimals, or {@code null}
 *     without a previous point (or when the previous mid is 0)
 * @param previousDate the date of the point the change is measured against, {@code null} without one
 */
public record PointChange(
        LocalDate date,
        @Nullable BigDecimal change,
        @Nullable BigDecimal changePercent,
        @Nullable LocalDate previousDate) {

    /** A change whose base date is not known (or that has no previous point). */
    public PointChange(LocalDate date, @Nullable BigDecimal change, @Nullable BigDecimal changePercent) {
        this(date, change, changePercent, null);
    }

    /** Whether there was a previous point to compare with. */
    public boolean hasPrevious() {
        return change != null;
    }
}
