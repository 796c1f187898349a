package app.neodesk.chart.ui;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A shaded vertical band over a date range (e.g. a driver annotation with a date range), or, when
 * {@code from} equals {@code to}, a dashed vertical line (e.g. a specification change such as a unit
 * change from t to kg). Clicking it fires a {@link MarkerClickEvent} with {@link #id()} and {@link
 * MarkerClickEvent#isSpan()} set.
 *
 * @param id stable id reported back on click
 * @param from first date, inclusive
 * @param to last date, inclusive, not before {@code from}
 * @param color a CSS colour, or {@code null} for the chart's default; bands are drawn translucent
 * @param label text shown at the top of the band or line; may be empty
 */
public record ChartSpan(
        String id, LocalDate from, LocalDate to, @Nullable String color, String label) {

    public ChartSpan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(label, "label");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("span '" + id + "' ends on " + to + " before it starts on " + from);
        }
    }

    /** A vertical line on one date, e.g. "unit changed from t to kg". */
    public static ChartSpan line(String id, LocalDate date, @Nullable String color, String label) {
        return new ChartSpan(id, date, date, color, label);
    }

    /** Whether this is a single-date line rather than a range. */
    public boolean isLine() {
        return from.equals(to);
    }
}
