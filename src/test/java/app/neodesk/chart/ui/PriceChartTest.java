package app.neodesk.chart.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.chart.PricePoint;
import app.neodesk.chart.RangePreset;
import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PriceChartTest extends BrowserlessTest {

    private static final LocalDate FEB_11 = LocalDate.of(2026, 2, 11);

    private static ChartSeries series(String id) {
        return ChartSeries.ofQuotes(
                id,
                id,
                SeriesKind.LINE,
                ChartScale.RIGHT,
                null,
                List.of(new PricePoint(FEB_11, BigDecimal.ONE, BigDecimal.TWO, new BigDecimal("1.5"))));
    }

    @Test
    void seriesMarkersAndSpansGoToTheBrowserAsJsonButAreNotKeptAsElementProperties() {
        PriceChart chart = new PriceChart();
        UI.getCurrent().add(chart);
        chart.setSeries(List.of(series("a")));
        chart.setMarkers(List.of(ChartMarker.of("m1", FEB_11, MarkerShape.CIRCLE, null, "note")));
        chart.setSpans(List.of(ChartSpan.line("s1", FEB_11, null, "unit change")));

        var sent = SentToChart.drain(chart);
        assertThat(sent.get("series").get(0).get("id").asString()).isEqualTo("a");
        assertThat(sent.get("series").get(0).get("mid").get(0).decimalValue()).isEqualByComparingTo("1.5");
        assertThat(sent.get("markers").get(0).get("id").asString()).isEqualTo("m1");
        assertThat(sent.get("spans").get(0).get("id").asString()).isEqualTo("s1");
        assertThat(chart.getElement().getPropertyNames()).doesNotContain("series", "markers", "spans");
        assertThat(chart.getElement().getTag()).isEqualTo("neodesk-price-chart");
    }

    @Test
    void chartKeepsOnlyIdsAndDateBoundsNotThePoints() {
        PriceChart chart = new PriceChart();
        chart.setSeries(List.of(ChartSeries.ofQuotes(
                "a",
                "a",
                SeriesKind.LINE,
                ChartScale.RIGHT,
                null,
                List.of(
                        new PricePoint(FEB_11, BigDecimal.ONE, BigDecimal.TWO, new BigDecimal("1.5")),
                        new PricePoint(FEB_11.minusYears(3), BigDecimal.ONE, BigDecimal.TWO, new BigDecimal("1.5"))))));
        chart.setMarkers(List.of(ChartMarker.of("m1", FEB_11, MarkerShape.CIRCLE, null, "note")));

        assertThat(chart.getSeriesIds()).containsExactly("a");
        assertThat(chart.getMarkerIds()).containsExactly("m1");
        assertThat(chart.getFirstDate()).contains(FEB_11.minusYears(3));
        assertThat(chart.getLastDate()).contains(FEB_11);
        assertThat(PriceChart.class.getDeclaredFields())
                .extracting(Field::getType)
                .as("no field holds series, points, markers or JSON")
                .allSatisfy(type -> assertThat(type)
                        .isNotIn(
                                ChartSeries.class,
                                ChartPoint.class,
                                ChartMarker.class,
                                ChartSpan.class,
                                JsonNode.class,
                                BigDecimal.class));
    }

    @Test
    void presetIsTakenFromTheKeptDateBounds() {
        PriceChart chart = new PriceChart();
        chart.setSeries(List.of(ChartSeries.ofQuotes(
                "a",
                "a",
                SeriesKind.LINE,
                ChartScale.RIGHT,
                null,
                List.of(
                        new PricePoint(FEB_11, BigDecimal.ONE, BigDecimal.TWO, new BigDecimal("1.5")),
                        new PricePoint(FEB_11.minusYears(3), BigDecimal.ONE, BigDecimal.TWO, new BigDecimal("1.5"))))));

        chart.showPreset(RangePreset.ONE_YEAR);

        assertThat(chart.getVisibleFrom()).contains(FEB_11.minusYears(1));
        assertThat(chart.getVisibleTo()).contains(FEB_11);
    }

    @Test
    void reattachedChartAsksItsReloaderForTheDataAgainButTheFirstAttachDoesNot() {
        PriceChart chart = new PriceChart();
        List<String> reloads = new ArrayList<>();
        chart.setReloader(() -> {
            reloads.add("reload");
            chart.setSeries(List.of(series("again")));
        });
        chart.setSeries(List.of(series("a")));
        UI ui = UI.getCurrent();
        ui.add(chart);
        assertThat(reloads).as("data set before the first attach is sent on it").isEmpty();
        assertThat(SentToChart.drain(chart).get("series").get(0).get("id").asString())
                .isEqualTo("a");

        ui.remove(chart);
        ui.add(chart);

        assertThat(reloads).containsExactly("reload");
        assertThat(SentToChart.drain(chart).get("series").get(0).get("id").asString())
                .isEqualTo("again");
    }

    @Test
    void newChartSendsNothingSoTheBrowserShowsTheEmptyMessage() {
        PriceChart chart = new PriceChart();
        UI.getCurrent().add(chart);

        assertThat(SentToChart.drain(chart)).isEmpty();
        assertThat(chart.getSeriesIds()).isEmpty();
        assertThat(chart.getFirstDate()).isEmpty();
    }

    @Test
    void duplicateSeriesIdsAreRejected() {
        PriceChart chart = new PriceChart();
        assertThatThrownBy(() -> chart.setSeries(List.of(series("a"), series("a"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void visibleRangeEndingBeforeItStartsIsRejected() {
        assertThatThrownBy(() -> new PriceChart().setVisibleRange(FEB_11, FEB_11.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void markerClickFromTheBrowserReachesTheListenerWithTheMarkerId() {
        PriceChart chart = new PriceChart();
        List<String> clicked = new ArrayList<>();
        chart.addMarkerClickListener(e -> clicked.add(e.getMarkerId() + (e.isSpan() ? " (span)" : "")));

        ComponentUtil.fireEvent(chart, new MarkerClickEvent(chart, true, "ann-42", false));
        ComponentUtil.fireEvent(chart, new MarkerClickEvent(chart, true, "gw", true));

        assertThat(clicked).containsExactly("ann-42", "gw (span)");
    }

    @Test
    void bandSeriesNeedsLowAndHighOnEveryPoint() {
        assertThatThrownBy(() -> new ChartSeries(
                        "x",
                        "x",
                        SeriesKind.BAND,
                        ChartScale.RIGHT,
                        null,
                        List.of(new ChartPoint(FEB_11, null, null, BigDecimal.ONE, null, null))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-02-11");
    }

    @Test
    void seriesGoToTheBrowserAsAddressesOfDocumentsThatHoldEachSeriesJson() {
        var chart = new PriceChart();
        UI ui = UI.getCurrent();
        ui.add(chart);
        var a = series("a");
        var b = series("b");
        chart.setSeries(List.of(a, b));
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();

        var calls = ui.getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(p -> p.getInvocation())
                .filter(i -> i.getExpression().contains("this.loadSeries("))
                .toList();
        assertThat(calls).hasSize(1);
        var paths = new ArrayList<String>();
        JsonMapper.shared()
                .readTree(calls.getFirst().getParameters().stream()
                        .filter(String.class::isInstance)
                        .map(String.class::cast)
                        .filter(t -> t.startsWith("["))
                        .findFirst()
                        .orElseThrow())
                .forEach(node -> paths.add(node.asString()));
        assertThat(paths).isEqualTo(chart.getSeriesPaths()).hasSize(2);
        assertThat(paths).allMatch(path -> path.startsWith("chart-data/series/"));
        // The browser gets the points from the documents, not from the UIDL response.
        assertThat(calls.getFirst().getParameters().toString()).doesNotContain("\"days\"");
        assertThat(document(paths.get(0))).isEqualTo(ChartPayload.one(a));
        assertThat(document(paths.get(1))).isEqualTo(ChartPayload.one(b));
    }

    @Test
    void anEqualSeriesHasTheSameAddressForEveryChartAndAChangedOneANewAddress() {
        var first = new PriceChart();
        var second = new PriceChart();
        UI.getCurrent().add(first, second);
        first.setSeries(List.of(series("a")));
        second.setSeries(List.of(series("a")));
        assertThat(second.getSeriesPaths()).isEqualTo(first.getSeriesPaths());

        var moved = ChartSeries.ofQuotes(
                "a",
                "a",
                SeriesKind.LINE,
                ChartScale.RIGHT,
                null,
                List.of(new PricePoint(FEB_11, BigDecimal.ONE, BigDecimal.TWO, new BigDecimal("1.6"))));
        second.setSeries(List.of(moved));
        assertThat(second.getSeriesPaths()).doesNotContainAnyElementsOf(first.getSeriesPaths());
        assertThat(document(second.getSeriesPaths().getFirst())).contains("1.6");
    }

    @Test
    void aDocumentStaysFetchableWhileAChartShowsItEvenAfterManyOtherSeries() {
        var chart = new PriceChart();
        UI.getCurrent().add(chart);
        chart.setSeries(List.of(series("kept")));
        String path = chart.getSeriesPaths().getFirst();
        for (int i = 0; i < SeriesDocuments.RECENT_SERIES * 3; i++) {
            new PriceChart().setSeries(List.of(series("other-" + i)));
        }
        System.gc();
        assertThat(document(path)).contains("\"id\":\"kept\"");
    }

    private static String document(String path) {
        var key = path.substring(path.lastIndexOf('/') + 1);
        var found = SeriesDocuments.find(key).orElseThrow(() -> new AssertionError("no document " + path));
        return new String(found.json(), StandardCharsets.UTF_8);
    }

    @Test
    void newerSeriesReplacesOlderSeriesTheBrowserHasNotReceivedYet() {
        var chart = new PriceChart();
        UI ui = UI.getCurrent();
        ui.add(chart);
        chart.setSeries(List.of(series("older")));
        chart.setSeries(List.of(series("newer")));
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();

        var seriesCalls = ui.getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(p -> p.getInvocation().getParameters().contains("series"))
                .toList();
        assertThat(seriesCalls).hasSize(1);
        String paths = seriesCalls.getFirst().getInvocation().getParameters().stream()
                .filter(p -> p instanceof String text && text.startsWith("["))
                .map(String.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(JsonMapper.shared().readTree(paths))
                .singleElement()
                .satisfies(path -> assertThat(document(path.asString()))
                        .contains("\"newer\"")
                        .doesNotContain("\"older\""));
        assertThat(chart.getSeriesIds()).containsExactly("newer");
    }
}
