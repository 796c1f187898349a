package app.neodesk.chart.ui;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Encodes chart data as the compact JSON text the {@code <neodesk-price-chart>} web component reads.
 * Written with Jackson 3's streaming generator straight into a string: no tree of ten thousand
 * number nodes is built. Each series becomes a document the browser fetches ({@link SeriesDocuments});
 * markers and spans, which are small, go as one string argument that the browser parses ({@code
 * JSON.parse}).
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

    private static final JsonFactory JSON = JsonFactory.builder().build();

    /** Largest number of decimals the client is asked to show. */
    static final int MAX_DECIMALS = 6;

    private ChartPayload() {}

    /** Encodes all series, in order, as a JSON array. */
    public static String series(List<ChartSeries> series) {
        var text = new StringBuilder("[");
        for (ChartSeries s : series) {
            if (text.length() > 1) {
                text.append(',');
            }
            text.append(one(s));
        }
        return text.append(']').toString();
    }

    /** One series as its JSON object (the document the browser fetches, see {@link SeriesDocuments}). */
    public static String one(ChartSeries series) {
        return write(json -> series(json, series));
    }

    /** Encodes markers as a JSON array. */
    public static String markers(List<ChartMarker> markers) {
        return write(json -> {
            json.writeStartArray();
            for (ChartMarker marker : markers) {
                json.writeStartObject();
                json.writeStringProperty("id", marker.id());
                json.writeNumberProperty("day", epochDay(marker.date()));
                json.writeStringProperty("shape", marker.shape().code());
                optional(json, "color", marker.color());
                json.writeStringProperty("label", marker.label());
                optional(json, "series", marker.seriesId());
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    /** Encodes spans and single-date lines as a JSON array. */
    public static String spans(List<ChartSpan> spans) {
        return write(json -> {
            json.writeStartArray();
            for (ChartSpan span : spans) {
                json.writeStartObject();
                json.writeStringProperty("id", span.id());
                json.writeNumberProperty("from", epochDay(span.from()));
                json.writeNumberProperty("to", epochDay(span.to()));
                optional(json, "color", span.color());
                json.writeStringProperty("label", span.label());
                json.writeEndObject();
            }
            json.writeEndArray();
        });
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

    private static void series(JsonGenerator json, ChartSeries series) {
        List<ChartPoint> points = series.points();
        json.writeStartObject();
        json.writeStringProperty("id", series.id());
        json.writeStringProperty("name", series.name());
        json.writeStringProperty("kind", series.kind().code());
        json.writeStringProperty("scale", series.scale().id());
        optional(json, "color", series.color());
        json.writeNumberProperty(
                "dp", series.decimals() == null ? decimals(points) : Math.min(series.decimals(), MAX_DECIMALS));
        json.writeArrayPropertyStart("days");
        for (ChartPoint point : points) {
            json.writeNumber(epochDay(point.date()));
        }
        json.writeEndArray();
        column(json, "mid", points, ChartPoint::mid, true);
        column(json, "low", points, ChartPoint::low, false);
        column(json, "high", points, ChartPoint::high, false);
        column(json, "change", points, ChartPoint::change, false);
        column(json, "changePct", points, ChartPoint::changePercent, false);
        if (points.stream().anyMatch(p -> p.versusDate() != null)) {
            json.writeArrayPropertyStart("vsDay");
            for (ChartPoint point : points) {
                LocalDate versus = point.versusDate();
                if (versus == null) {
                    json.writeNull();
                } else {
                    json.writeNumber(epochDay(versus));
                }
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void column(
            JsonGenerator json,
            String name,
            List<ChartPoint> points,
            Function<ChartPoint, @Nullable BigDecimal> getter,
            boolean required) {
        if (!required && points.stream().allMatch(p -> getter.apply(p) == null)) {
            return;
        }
        json.writeArrayPropertyStart(name);
        for (ChartPoint point : points) {
            BigDecimal value = getter.apply(point);
            if (value == null) {
                json.writeNull();
            } else {
                json.writeNumber(plain(value).toPlainString());
            }
        }
        json.writeEndArray();
    }

    private static void optional(JsonGenerator json, String name, @Nullable String value) {
        if (value != null) {
            json.writeStringProperty(name, value);
        }
    }

    private static int decimals(List<ChartPoint> points) {
        int dp = 0;
        for (ChartPoint point : points) {
            dp = Math.max(dp, point.mid().scale());
            BigDecimal low = point.low();
            if (low != null) {
                dp = Math.max(dp, low.scale());
            }
            BigDecimal high = point.high();
            if (high != null) {
                dp = Math.max(dp, high.scale());
            }
        }
        return Math.min(dp, MAX_DECIMALS);
    }

    private interface Body {
        void write(JsonGenerator json);
    }

    private static String write(Body body) {
        var text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), text)) {
            body.write(json);
        }
        return text.toString();
    }
}
