package app.neodesk.chart.ui;

import static app.neodesk.GapAndUnitData.AFTER_GAP;
import static app.neodesk.GapAndUnitData.BEFORE_GAP;
import static app.neodesk.GapAndUnitData.FRIDAY;
import static app.neodesk.GapAndUnitData.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.GapAndUnitData;
import app.neodesk.NeodeskViewTest;
import app.neodesk.chart.ChartService;
import app.neodesk.chart.ChartState;
import app.neodesk.chart.PointChange;
import app.neodesk.chart.RangePreset;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** "All" shows the whole loaded range; tooltips get the date of an old previous quote. */
@NeodeskViewTest
@ExtendWith(GapAndUnitData.class)
@WithMockUser(username = "trader", roles = "VIEWER")
class ChartGapAndRangeTest extends SpringBrowserlessTest {

    @Autowired
    ChartService charts;

    private ChartView open(String query) {
        UI.getCurrent().navigate("chart", QueryParameters.fromString(query));
        return (ChartView) getCurrentView();
    }

    @Test
    void allOpensOnTheWholeLoadedRangeFromTheFirstQuote() {
        var view = open("products=" + GapAndUnitData.GAP + "&range=All");
        assertThat(view.state().range()).isEqualTo(RangePreset.ALL);
        assertThat(view.chart.isShowingAll()).isTrue();
        assertThat(view.chart.getVisibleFrom())
                .as("no range that the browser could cut")
                .isEmpty();
        assertThat(view.chart.getFirstDate()).contains(BEFORE_GAP);
        assertThat(view.toolbar.rangeButtons.get(RangePreset.ALL).getThemeNames())
                .contains("primary");
    }

    @Test
    void otherPresetsSetTheirRangeAndAllComesBack() {
        var view = open("products=" + GapAndUnitData.GAP + "&range=1M");
        assertThat(view.chart.isShowingAll()).isFalse();
        assertThat(view.chart.getVisibleFrom()).contains(LocalDate.of(2023, 5, 6));
        test(view.toolbar.rangeButtons.get(RangePreset.ALL)).click();
        assertThat(view.chart.isShowingAll()).isTrue();
        assertThat(view.chart.getVisibleFrom()).isEmpty();
    }

    @Test
    void serviceLoadsTheWholeRangeWithEachPointsPreviousDate() {
        var data = charts.load(ChartState.defaults(List.of(GapAndUnitData.GAP)).withRange(RangePreset.ALL));
        assertThat(data.from()).isEqualTo(BEFORE_GAP);
        assertThat(data.series().getFirst().changes())
                .extracting(PointChange::previousDate)
                .containsExactly(null, BEFORE_GAP, AFTER_GAP, FRIDAY, MONDAY);
    }

    @Test
    void payloadCarriesTheOldPreviousDayOnlyForTheChangeAfterTheGap() {
        var data = charts.load(ChartState.defaults(List.of(GapAndUnitData.GAP)).withRange(RangePreset.ALL));
        var series = ChartComposer.compose(data).series().getFirst();
        assertThat(series.points())
                .extracting(ChartPoint::versusDate)
                .containsExactly(null, BEFORE_GAP, null, null, null);
        var json = ChartPayloadTest.one(series);
        assertThat(json.get("vsDay").toString()).isEqualTo("[null," + BEFORE_GAP.toEpochDay() + ",null,null,null]");
        assertThat(json.get("changePct").get(1).decimalValue()).isEqualByComparingTo("-21.70");
    }

    @Test
    void compareModeMarksTheGapToo() {
        var view = open("products=" + GapAndUnitData.GAP + "," + GapAndUnitData.GAP_TILE + "&mode=compare&range=All");
        var byId = ChartComposer.compose(charts.load(view.state())).series().stream()
                .collect(Collectors.toMap(ChartSeries::id, s -> s));
        assertThat(view.chart.getSeriesIds()).containsExactlyInAnyOrderElementsOf(byId.keySet());
        var gapSeries = byId.get("mid-" + GapAndUnitData.GAP_TILE);
        assertThat(gapSeries.points()).extracting(ChartPoint::versusDate).containsExactly(null, BEFORE_GAP);
        assertThat(byId).hasSize(2);
    }

    @Test
    void seriesWithoutOldBasesSendNoVsColumn() {
        var data = charts.load(
                ChartState.defaults(List.of(GapAndUnitData.WEEKEND_TILE)).withRange(RangePreset.ALL));
        var json = ChartPayloadTest.one(ChartComposer.compose(data).series().getFirst());
        assertThat(json.has("vsDay")).isFalse();
    }
}
