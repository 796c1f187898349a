package app.neodesk.chart.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.chart.MetalContent;
import app.neodesk.chart.PricePoint;
import app.neodesk.chart.SeriesMath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class ChartPayloadTest {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final LocalDate FEB_10 = LocalDate.of(2026, 2, 10);
    private static final LocalDate FEB_11 = LocalDate.of(2026, 2, 11);

    private static PricePoint range(LocalDate date, String low, String high) {
        return PricePoint.ofRange(date, new BigDecimal(low), new BigDecimal(high));
    }

    private static ChartSeries ndMetal() {
        return ChartSeries.ofQuotes(
                "nd-metal",
                "Nd metal ≥99.5% · CN ex-works · CNY/t",
                SeriesKind.BAND,
                ChartScale.RIGHT,
                "#1a73e8",
                List.of(range(FEB_11, "1080000", "1090000"), range(FEB_10, "1045000", "1055000")));
    }

    @Test
    void seriesIsOneColumnWiseObjectWithEpochDaysAndServerComputedChanges() {
        ObjectNode node = one(ndMetal());

        assertThat(node.get("id").asString()).isEqualTo("nd-metal");
        assertThat(node.get("kind").asString()).isEqualTo("band");
        assertThat(node.get("scale").asString()).isEqualTo("right");
        assertThat(node.get("color").asString()).isEqualTo("#1a73e8");
        assertThat(node.get("dp").asInt()).isZero();
        assertThat(ints(node.get("days"))).containsExactly(20494, 20495); // sorted by date
        assertThat(node.get("mid").toString()).isEqualTo("[1050000,1085000]");
        assertThat(node.get("low").toString()).isEqualTo("[1045000,1080000]");
        assertThat(node.get("high").toString()).isEqualTo("[1055000,1090000]");
        // First point: empty change (null), never 0. DOMAIN.md acceptance: +35,000 / +3.33 %.
        assertThat(node.get("change").toString()).isEqualTo("[null,35000]");
        assertThat(node.get("changePct").toString()).isEqualTo("[null,3.33]");
    }

    @Test
    void everyColumnHasOneEntryPerDay() {
        ObjectNode node = one(ndMetal());
        int days = node.get("days").size();
        for (String column : List.of("mid", "low", "high", "change", "changePct")) {
            assertThat(node.get(column).size()).as(column).isEqualTo(days);
        }
    }

    @Test
    void epochDaysMatchLocalDateToEpochDay() {
        assertThat(ChartPayload.epochDay(LocalDate.of(1970, 1, 1))).isZero();
        assertThat(ChartPayload.epochDay(FEB_11)).isEqualTo((int) FEB_11.toEpochDay());
    }

    @Test
    void numbersAreExactPlainDecimalsNeverScientificNotation() {
        ChartSeries usd = ChartSeries.ofQuotes(
                "prnd-fob",
                "PrNd oxide · FOB China · USD/kg",
                SeriesKind.LINE,
                ChartScale.LEFT,
                null,
                List.of(range(FEB_10, "57.50", "58.50"), range(FEB_11, "58.25", "59.25")));

        String json = ChartPayload.series(List.of(ndMetal(), usd));

        assertThat(json).doesNotContain("E+").doesNotContain("E-").doesNotContain("e+");
        ObjectNode node = one(usd);
        assertThat(node.get("mid").toString()).isEqualTo("[58,58.75]");
        assertThat(node.get("low").toString()).isEqualTo("[57.5,58.25]");
        assertThat(node.get("dp").asInt())
                .as("USD/kg keeps 2 decimals for display")
                .isEqualTo(2);
        assertThat(node.has("color")).as("no colour: the client picks one").isFalse();
    }

    @Test
    void derivedSeriesHasNoLowHighOrChangePercentColumns() {
        List<PricePoint> metal = List.of(range(FEB_10, "1045000", "1055000"), range(FEB_11, "1080000", "1090000"));
        List<PricePoint> oxide = List.of(range(FEB_10, "870000", "880000"), range(FEB_11, "900000", "910000"));
        ChartSeries margin = ChartSeries.ofValues(
                "margin",
                "Nd metal − oxide (metal content)",
                ChartScale.overlay("spread"),
                null,
                SeriesMath.spread(metal, oxide, MetalContent.neodymiumOxideB()));

        ObjectNode node = one(margin);

        assertThat(node.get("kind").asString()).isEqualTo("line");
        assertThat(node.get("scale").asString()).isEqualTo("spread");
        assertThat(node.get("mid").toString()).isEqualTo("[29472.82,29483.32]");
        assertThat(node.get("change").toString()).isEqualTo("[null,10.5]");
        assertThat(node.has("low")).isFalse();
        assertThat(node.has("high")).isFalse();
        assertThat(node.has("changePct")).isFalse();
    }

    @Test
    void emptySeriesHasEmptyDaysAndMidAndNoOptionalColumns() {
        ObjectNode node =
                one(ChartSeries.ofQuotes("tb", "Tb metal", SeriesKind.LINE, ChartScale.RIGHT, null, List.of()));

        assertThat(node.get("days").size()).isZero();
        assertThat(node.get("mid").size()).isZero();
        assertThat(node.has("low")).isFalse();
        assertThat(node.has("change")).isFalse();
    }

    @Test
    void fiveYearsOfDailyQuotesStayCompact() {
        List<PricePoint> quotes = new ArrayList<>();
        LocalDate date = LocalDate.of(2021, 2, 11);
        long low = 600_000;
        while (!date.isAfter(FEB_11)) {
            if (date.getDayOfWeek().getValue() <= 5) {
                low += (date.getDayOfMonth() % 3 - 1) * 1000L;
                quotes.add(range(date, Long.toString(low), Long.toString(low + 10_000)));
            }
            date = date.plusDays(1);
        }
        ChartSeries series = ChartSeries.ofQuotes("nd", "Nd", SeriesKind.BAND, ChartScale.RIGHT, null, quotes);

        String json = ChartPayload.series(List.of(series));

        assertThat(quotes).hasSizeGreaterThan(1300);
        // 6 columns of numbers; about 40 bytes per quote, versus ~150 for an object per point.
        assertThat(json.length()).isLessThan(quotes.size() * 45);
        assertThat(json).doesNotContain("\"date\"").doesNotContain("\"time\"");
    }

    @Test
    void markersCarryIdEpochDayShapeLabelAndOptionalColourAndSeries() {
        ArrayNode markers = parse(ChartPayload.markers(List.of(
                ChartMarker.of("ann-42", FEB_11, MarkerShape.ARROW_UP, "var(--lumo-success-color)", "Export controls"),
                new ChartMarker("spec-7", FEB_10, MarkerShape.SQUARE, null, "t → kg", "nd-metal"))));

        assertThat(markers.get(0).toString())
                .isEqualTo(
                        "{\"id\":\"ann-42\",\"day\":20495,\"shape\":\"arrowUp\",\"color\":\"var(--lumo-success-color)\",\"label\":\"Export controls\"}");
        assertThat(markers.get(1).toString())
                .isEqualTo(
                        "{\"id\":\"spec-7\",\"day\":20494,\"shape\":\"square\",\"label\":\"t → kg\",\"series\":\"nd-metal\"}");
    }

    @Test
    void spansCarryFromAndToAsEpochDays() {
        ArrayNode spans = parse(ChartPayload.spans(List.of(
                new ChartSpan("gw", LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8), null, "Golden Week"),
                ChartSpan.line("unit", FEB_10, "#9334e6", "unit t → kg"))));

        assertThat(spans.get(0).get("from").asInt()).isEqualTo(20362);
        assertThat(spans.get(0).get("to").asInt()).isEqualTo(20369);
        assertThat(spans.get(0).has("color")).isFalse();
        assertThat(spans.get(1).get("from").asInt())
                .isEqualTo(spans.get(1).get("to").asInt());
    }

    /** The JSON text the browser parses, read back as a tree. */
    static ArrayNode parse(String json) {
        return (ArrayNode) MAPPER.readTree(json);
    }

    /** One series as the browser receives it. */
    static ObjectNode one(ChartSeries series) {
        return (ObjectNode) parse(ChartPayload.series(List.of(series))).get(0);
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asInt()));
        return values;
    }
}
