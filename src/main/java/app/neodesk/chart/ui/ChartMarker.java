package app.neodesk.chart.ui;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A marker on one date, e.g. a driver annotation or a specification change. Clicking it fires a
 * {@link MarkerClickEvent} carrying {@link #id()}.
 *
 * <p>The marker sits on a series: {@code seriesId}, or the chart's first series when {@code null}.
 * A marker dated on a day without a quote on that series is shown at the nearest quote of that
 * series (the next one on a tie) and its tooltip still names its own date.
 *
 * @param id stable id reported back on click (e.g. the annotation id)
 * @param date the date
 * @param shape circle, arrow up (drawn below the line), arrow down (drawn above), or square
 * @param color a CSS colour, or {@code null} for the chart's default
 * @param label short text next to the marker; the full text shows in the tooltip. May be empty.
 * @param seriesId the series the marker sits on, or {@code null} for the first series
 */
public record ChartMarker(
        String id,
        LocalDate date,
        MarkerShape shape,
        @Nullable String color,
        String label,
        @Nullable String seriesId) {

    public ChartMarker {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(label, "label");
    }

    /** A marker on the chart's first series. */
    public static ChartMarker of(String id, LocalDate date, MarkerShape shape, @Nullable String color, String label) {
        return new ChartMarker(id, date, shape, color, label, null);
    }
}
