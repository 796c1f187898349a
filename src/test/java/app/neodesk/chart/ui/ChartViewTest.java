package app.neodesk.chart.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskViewTest;
import app.neodesk.chart.ChartData;
import app.neodesk.chart.ChartMode;
import app.neodesk.chart.ChartService;
import app.neodesk.chart.RangePreset;
import app.neodesk.chart.ScaleMode;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@NeodeskViewTest
@WithMockUser(username = "trader", roles = "VIEWER")
class ChartViewTest extends SpringBrowserlessTest {

    @Autowired
    ChartService charts;

    private ChartView open(String query) {
        UI.getCurrent().navigate("chart", QueryParameters.fromString(query));
        return (ChartView) getCurrentView();
    }

    @Test
    void urlStateSetsProductsModeRangeAndTheChartSeries() {
        var view = open("products=nd-metal-cn,nd-oxide-cn&mode=spread&range=All&metal=true");
        assertThat(view.problem.isVisible()).isFalse();
        assertThat(view.state().productCodes()).containsExactly("nd-metal-cn", "nd-oxide-cn");
        assertThat(view.mode.getValue()).isEqualTo(ChartMode.SPREAD);
        assertThat(view.metal.getValue()).isTrue();
        assertThat(view.metal.isVisible()).isTrue();
        assertThat(view.toolbar.rangeButtons.get(RangePreset.ALL).getThemeNames())
                .contains("primary");
        assertThat(view.chart.getSeriesIds()).containsExactly("spread", "ratio");
        assertThat(view.queryParameters().getParameters())
                .isEqualTo(Map.of(
                        "products",
                        List.of("nd-metal-cn,nd-oxide-cn"),
                        "mode",
                        List.of("spread"),
                        "range",
                        List.of("All"),
                        "metal",
                        List.of("true")));
    }

    @Test
    void absoluteChartCarriesDriverMarkersOfTheSeedNote() {
        var view = open("products=nd-metal-cn&range=All");
        assertThat(view.chart.getSeriesIds()).containsExactly("mid-nd-metal-cn");
        assertThat(view.chart.getMarkerIds())
                .isNotEmpty()
                .allSatisfy(id -> assertThat(id).startsWith("driver-"));
    }

    @Test
    void logAndPercentTogglesSwitchTheScaleAndTheUrl() {
        var view = open("products=nd-metal-cn&range=All");
        assertThat(view.chart.getScaleMode()).isEqualTo(ScaleMode.LINEAR);
        assertThat(view.toolbar.logScale.getElement().getAttribute("aria-pressed"))
                .isEqualTo("false");
        view.toolbar.logScale.click();
        assertThat(view.chart.getScaleMode()).isEqualTo(ScaleMode.LOG);
        assertThat(view.toolbar.logScale.getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(view.queryParameters().getParameters()).containsEntry("scale", List.of("log"));
        view.toolbar.percent.click();
        assertThat(view.chart.getScaleMode()).isEqualTo(ScaleMode.PERCENT);
        assertThat(view.toolbar.logScale.getElement().getAttribute("aria-pressed"))
                .isEqualTo("false");
        assertThat(view.toolbar.percent.getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
        view.toolbar.percent.click();
        assertThat(view.chart.getScaleMode())
                .as("pressing the active toggle goes back")
                .isEqualTo(ScaleMode.LINEAR);
        assertThat(view.queryParameters().getParameters()).doesNotContainKey("scale");
    }

    @Test
    void spreadModeHasLinearAxesAndTheTogglesAreOff() {
        var view = open("products=nd-metal-cn,nd-oxide-cn&mode=spread&range=All&scale=log");
        assertThat(view.chart.getScaleMode()).isEqualTo(ScaleMode.LINEAR);
        assertThat(view.toolbar.logScale.isEnabled()).isFalse();
        assertThat(view.toolbar.percent.isEnabled()).isFalse();
    }

    @Test
    void spreadIsShownInItsUnitInWholeYuanAndTheRatioWithFourSignificantDigitsWhileTheValuesStayExact() {
        var view = open("products=nd-metal-cn,nd-oxide-cn&mode=spread&range=All&metal=true");
        // The chart keeps no points on the server: compose what the view sent, from the same state.
        var series = ChartComposer.compose(charts.load(view.state())).series();
        var spread = series.get(0);
        var ratio = series.get(1);
        assertThat(spread.name()).endsWith(" · CNY/t");
        assertThat(ratio.scale()).as("the ratio has a pane of its own").isEqualTo(ChartScale.pane(1));
        // The browser is told how to show them; the values stay exact (CSV and changes lose nothing).
        var sent = SentToChart.drain(view.chart).get("series");
        assertThat(sent.get(0).get("dp").asInt()).as("spread in whole yuan").isZero();
        assertThat(sent.get(1).get("dp").asInt())
                .as("ratio ~1.2 to four significant digits")
                .isEqualTo(3);
        assertThat(spread.points())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.mid().scale()).isEqualTo(2));
        assertThat(ratio.points())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.mid().scale()).isEqualTo(6));
    }

    @Test
    void badParameterShowsAClearMessageAndTheDefaultChart() {
        var view = open("products=nd-metal-cn&range=2W");
        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText()).contains("Unknown range preset '2W'").contains("default chart");
        assertThat(view.state().range()).isEqualTo(RangePreset.ONE_YEAR);
        assertThat(view.chart.getSeriesIds()).isNotEmpty();
    }

    @Test
    void unknownProductIsReportedWithoutAnErrorPage() {
        var view = open("products=xx-metal");
        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText()).isEqualTo("Unknown product 'xx-metal'");
    }

    @Test
    void choosingARangeButtonChangesTheState() {
        var view = open("products=nd-metal-cn&range=All");
        test(view.toolbar.rangeButtons.get(RangePreset.ONE_MONTH)).click();
        assertThat(view.state().range()).isEqualTo(RangePreset.ONE_MONTH);
        assertThat(view.queryParameters().getQueryString()).contains("range=1M");
    }

    @Test
    void allRangeSendsThePointsToTheBrowserAndKeepsNoneOnTheServer() {
        var view = open("products=nd-metal-cn,nd-oxide-cn&range=All");
        var sent = SentToChart.drain(view.chart);
        assertThat(sent.get("series"))
                .extracting(s -> s.get("id").asString())
                .containsExactly("mid-nd-metal-cn", "mid-nd-oxide-cn");
        assertThat(sent.get("series").get(0).get("days").size()).isPositive();
        assertThat(sent).containsKeys("markers", "spans");
        assertThat(view.chart.getElement().getPropertyNames()).doesNotContain("series", "markers", "spans");
        assertThat(ChartView.class.getDeclaredFields())
                .extracting(Field::getType)
                .as("the view keeps no loaded chart data")
                .doesNotContain(ChartData.class, ChartSeries.class, ChartComposer.Picture.class);
    }

    @Test
    void reattachedChartGetsItsSeriesAgainFromTheService() {
        var view = open("products=nd-metal-cn&range=All");
        SentToChart.drain(view.chart);

        view.remove(view.chart);
        view.add(view.chart);

        var sent = SentToChart.drain(view.chart);
        assertThat(sent.get("series")).extracting(s -> s.get("id").asString()).containsExactly("mid-nd-metal-cn");
        assertThat(sent.get("series").get(0).get("days").size()).isPositive();
        assertThat(view.chart.isShowingAll()).isTrue();
    }

    @Test
    void navigatingAwayAndBackShowsTheChartAgain() {
        open("products=nd-metal-cn&range=1Y");
        UI.getCurrent().navigate("history");
        var view = open("products=nd-metal-cn&range=1Y");
        assertThat(SentToChart.drain(view.chart).get("series"))
                .extracting(s -> s.get("id").asString())
                .containsExactly("mid-nd-metal-cn");
        assertThat(view.chart.getVisibleTo()).isEqualTo(view.chart.getLastDate());
    }

    @Test
    void csvExportLoadsTheShownSeriesAgain() throws Exception {
        var view = open("products=nd-metal-cn,nd-oxide-cn&mode=spread&range=All");
        var out = new ByteArrayOutputStream();
        view.writeCsv(out);
        var csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv)
                .contains("series,date,low,high,value,change,change_pct")
                .contains("nd-metal-cn − nd-oxide-cn")
                .contains("nd-metal-cn / nd-oxide-cn")
                .contains(",2026-02-11,");
    }
}
