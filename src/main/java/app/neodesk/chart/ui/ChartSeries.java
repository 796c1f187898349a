package app.neodesk.chart.ui;

import app.neodesk.chart.PointChange;
import app.neodesk.chart.PricePoint;
import app.neodesk.chart.SeriesMath;
import app.neodesk.chart.SeriesValue;
import app.neodesk.quote.PreviousGap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One series of the price chart.
 *
 * @param id stable id, unique within one chart (e.g. the product id); markers refer to it
 * @param name shown in the legend and the tooltip, e.g. "Nd metal ≥99.5% · CN ex-works · CNY/t"
 * @param kind line or low–high band
 * @param scale the price scale the series is drawn against
 * @param color a CSS colour (hex, rgb(), or {@code var(--lumo-…)}); {@code null} picks one from the
 *     chart's palette
 * @param points the points, sorted by date on construction; one per date
 * @param decimals how many decimals the chart shows on the axis, labels and tooltip; {@code null}
 *     shows the points as precise as they are. The points themselves are never rounded for display.
 */
public record ChartSeries(
        String id,
        String name,
        SeriesKind kind,
        ChartScale scale,
        @Nullable String color,
        List<ChartPoint> points,
        @Nullable Integer decimals) {

    public ChartSeries(
            String id,
            String name,
            SeriesKind kind,
            ChartScale scale,
            @Nullable String color,
            List<ChartPoint> points) {
        this(id, name, kind, scale, color, points, null);
    }

    public ChartSeries {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scale, "scale");
        List<ChartPoint> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparing(ChartPoint::date));
        for (int i = 0; i < sorted.size(); i++) {
            ChartPoint point = sorted.get(i);
            if (i > 0 && point.date().equals(sorted.get(i - 1).date())) {
                throw new IllegalArgumentException("series '" + id + "' has two points on " + point.date());
            }
            if (kind == SeriesKind.BAND && (point.low() == null || point.high() == null)) {
                throw new IllegalArgumentException(
                        "band series '" + id + "' needs low and high on every point; missing on " + point.date());
            }
        }
        points = List.copyOf(sorted);
        if (decimals != null && decimals < 0) {
            throw new IllegalArgumentException("series '" + id + "' cannot show " + decimals + " decimals");
        }
    }

    /** This series shown with {@code decimals} decimals; its values stay as they are. */
    public ChartSeries withDecimals(int decimals) {
        return new ChartSeries(id, name, kind, scale, color, points, decimals);
    }

    /**
     * A series of quotes, with change and change % against the previous quote computed by {@link
     * SeriesMath#changes(List)}.
     */
    public static ChartSeries ofQuotes(
            String id,
            String name,
            SeriesKind kind,
            ChartScale scale,
            @Nullable String color,
            List<PricePoint> quotes) {
        return ofQuotes(id, name, kind, scale, color, quotes, null);
    }

    /**
     * Like {@link #ofQuotes(String, String, SeriesKind, ChartScale, String, List)}; a change against
     * a point older than {@code gap} carries that point's date ({@link ChartPoint#versusDate()}).
     */
    public static ChartSeries ofQuotes(
            String id,
            String name,
            SeriesKind kind,
            ChartScale scale,
            @Nullable String color,
            List<PricePoint> quotes,
            @Nullable PreviousGap gap) {
        List<PricePoint> sorted = SeriesMath.sortedByDate(quotes);
        List<PointChange> changes = SeriesMath.changes(sorted);
        List<ChartPoint> points = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            PricePoint quote = sorted.get(i);
            PointChange change = changes.get(i);
            points.add(new ChartPoint(
                    quote.date(),
                    quote.low(),
                    quote.high(),
                    quote.mid(),
                    change.change(),
                    change.changePercent(),
                    versus(gap, change)));
        }
        return new ChartSeries(id, name, kind, scale, color, points);
    }

    /**
     * A line of derived values (a spread or a ratio). The tooltip shows the value and its change
     * against the previous value; change % is left out because it means little for a value that
     * can cross zero.
     */
    public static ChartSeries ofValues(
            String id, String name, ChartScale scale, @Nullable String color, List<SeriesValue> values) {
        return ofValues(id, name, scale, color, values, null);
    }

    /** Like {@link #ofValues(String, String, ChartScale, String, List)}, naming old previous values' dates. */
    public static ChartSeries ofValues(
            String id,
            String name,
            ChartScale scale,
            @Nullable String color,
            List<SeriesValue> values,
            @Nullable PreviousGap gap) {
        List<PricePoint> asPoints = values.stream()
                .map(v -> new PricePoint(v.date(), v.value(), v.value(), v.value()))
                .toList();
        List<PricePoint> sorted = SeriesMath.sortedByDate(asPoints);
        List<PointChange> changes = SeriesMath.changes(sorted);
        List<ChartPoint> points = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            points.add(new ChartPoint(
                    sorted.get(i).date(),
                    null,
                    null,
                    sorted.get(i).mid(),
                    changes.get(i).change(),
                    null,
                    versus(gap, changes.get(i))));
        }
        return new ChartSeries(id, name, SeriesKind.LINE, scale, color, points);
    }

    private static java.time.@Nullable LocalDate versus(@Nullable PreviousGap gap, PointChange change) {
        return gap == null ? null : gap.versus(change.date(), change.previousDate());
    }

    /** Whether the series has no points. */
    public boolean isEmpty() {
        return points.isEmpty();
    }
}
