package app.neodesk.chart.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Encodes chart data as the compact JSON the {@code <neodesk-price-chart>} web component reads.
 * Uses Jackson 3 ({@code tools.jackson}), the JSON API of Vaadin 25's element properties.
 *
 * <p>One object per series, column-wise, so a series of n points costs n numbers per array instead
 * of n objects with repeated keys:
 *
 * <pre>{@code
 * {"id":"nd-metal","name":"Nd metal","kind":"band","scale":"right","color":"#1a73e8","dp":0,
 *  "days":[20494,20495],            // LocalDate.toEpochDay(), ascending
 *  "mid":[1050000,1085000],
 *  "low":[1045000,1080000],         // present when any point has a low
 *  "high":[1055000,1090000],        // present when any point has a high
 *  "change":[null,35000],           // present when any point has a change; null = no previous
 *  "changePct":[null,3.33],         // present when any point has a change %
 *  "vsDay":[null,18704]}            // present when any change is against a quote older than the gap:
 *                                   // that quote's epoch day, so the tooltip reads "-21.70% vs 2021-03-18"
 * }</pre>
 *
 * <p>Numbers are exact decimals written in plain notation with trailing zeros stripped ({@code
 * 1085000}, {@code 12.5}); {@code dp} is the largest scale the server used for the series' prices,
 * so the client can show {@code 12.50} as the source published it, or the display precision the
 * series asks for ({@link ChartSeries#decimals()}: a spread in whole yuan, a ratio to 4 significant
 * digits) while the numbers stay exact. {@code color} is left out when
 * the series has none.
 *
 * <p>Markers: {@code {"id","day","shape","color"?,"label","series"?}}. Spans: {@code
 * {"id","from","to","color"?,"label"}}, days as epoch days.
 */
public final class ChartPayload {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Largest number of decimals the client is asked to show. */
    static final int MAX_DECIMALS = 6;

    private ChartPayload() {}

    /** Encodes all series, in order. */
    public static ArrayNode series(List<ChartSeries> series) {
        ArrayNode array = JSON.arrayNode(series.size());
        for (ChartSeries s : series) {
            array.add(series(s));
        }
        return array;
    }

    /** Encodes one series. */
    public static ObjectNode series(ChartSeries series) {
        List<ChartPoint> points = series.points();
        ObjectNode node = JSON.objectNode();
        node.put("id", series.id());
        node.put("name", series.name());
        node.put("kind", series.kind().code());
        node.put("scale", series.scale().id());
        if (series.color() != null) {
            node.put("color", series.color());
        }
        node.put("dp", series.decimals() == null
                ? decimals(points) : Math.min(series.decimals(), MAX_DECIMALS));
        ArrayNode days = node.putArray("days");
        for (ChartPoint point : points) {
            days.add(epochDay(point.date()));
        }
        column(node, "mid", points, ChartPoint::mid, true);
        column(node, "low", points, ChartPoint::low, false);
        column(node, "high", points, ChartPoint::high, false);
        column(node, "change", points, ChartPoint::change, false);
        column(node, "changePct", points, ChartPoint::changePercent, false);
        if (points.stream().anyMatch(p -> p.versusDate() != null)) {
            ArrayNode vs = node.putArray("vsDay");
            for (ChartPoint point : points) {
                if (point.versusDate() == null) {
                    vs.addNull();
                } else {
                    vs.add(epochDay(point.versusDate()));
                }
            }
        }
        return node;
    }

    /** Encodes markers. */
    public static ArrayNode markers(List<ChartMarker> markers) {
        ArrayNode array = JSON.arrayNode(markers.size());
        for (ChartMarker marker : markers) {
            ObjectNode node = array.addObject();
            node.put("id", marker.id());
            node.put("day", epochDay(marker.date()));
            node.put("shape", marker.shape().code());
            if (marker.color() != null) {
                node.put("color", marker.color());
            }
            node.put("label", marker.label());
            if (marker.seriesId() != null) {
                node.put("series", marker.seriesId());
            }
        }
        return array;
    }

    /** Encodes spans and single-date lines. */
    public static ArrayNode spans(List<ChartSpan> spans) {
        ArrayNode array = JSON.arrayNode(spans.size());
        for (ChartSpan span : spans) {
            ObjectNode node = array.addObject();
            node.put("id", span.id());
            node.put("from", epochDay(span.from()));
            node.put("to", epochDay(span.to()));
            if (span.color() != null) {
                node.put("color", span.color());
            }
            node.put("label", span.label());
        }
        return array;
    }

    /** The day number the client uses: days since 1970-01-01. */
    public static int epochDay(LocalDate date) {
        return Math.toIntExact(date.toEpochDay());
    }

    /** Exact decimal in plain notation: trailing zeros stripped, never a negative scale (no "1.085E+6"). */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static void column(
            ObjectNode node,
            String name,
            List<ChartPoint> points,
            Function<ChartPoint, @Nullable BigDecimal> getter,
            boolean required) {
        if (!required && points.stream().allMatch(p -> getter.apply(p) == null)) {
            return;
        }
        ArrayNode array = node.putArray(name);
        for (ChartPoint point : points) {
            BigDecimal value = getter.apply(point);
            if (value == null) {
                array.addNull();
            } else {
                array.add(DecimalNode.valueOf(plain(value)));
            }
        }
    }

    private static int decimals(List<ChartPoint> points) {
        int dp = 0;
        for (ChartPoint point : points) {
            dp = Math.max(dp, point.mid().scale());
            if (point.low() != null) {
                dp = Math.max(dp, point.low().scale());
            }
            if (point.high() != null) {
                dp = Math.max(dp, point.high().scale());
            }
        }
        return Math.min(dp, MAX_DECIMALS);
    }
}
