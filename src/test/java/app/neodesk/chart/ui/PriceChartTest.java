package app.neodesk.chart.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.chart.PricePoint;
import com.vaadin.flow.component.ComponentUtil;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;

class PriceChartTest {

    private static final LocalDate FEB_11 = LocalDate.of(2026, 2, 11);

    private static ChartSeries series(String id) {
        return ChartSeries.ofQuotes(id, id, SeriesKind.LINE, ChartScale.RIGHT, null,
                List.of(new PricePoint(FEB_11, BigDecimal.ONE, BigDecimal.TWO, new BigDecimal("1.5"))));
    }

    @Test
    void seriesMarkersAndSpansAreSentAsJsonElementProperties() {
        PriceChart chart = new PriceChart();
        chart.setSeries(List.of(series("a")));
        chart.setMarkers(List.of(ChartMarker.of("m1", FEB_11, MarkerShape.CIRCLE, null, "note")));

        Object series = chart.getElement().getPropertyRaw("series");
        Object markers = chart.getElement().getPropertyRaw("markers");
        assertThat(series).isInstanceOf(ArrayNode.class);
        assertThat(((ArrayNode) series).get(0).get("id").asString()).isEqualTo("a");
        assertThat(((ArrayNode) markers).get(0).get("id").asString()).isEqualTo("m1");
        assertThat(chart.getElement().getTag()).isEqualTo("neodesk-price-chart");
    }

    @Test
    void newChartHasEmptyListsSoTheBrowserShowsTheEmptyMessage() {
        PriceChart chart = new PriceChart();

        assertThat(((ArrayNode) chart.getElement().getPropertyRaw("series")).size()).isZero();
        assertThat(((ArrayNode) chart.getElement().getPropertyRaw("spans")).size()).isZero();
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
        assertThatThrownBy(() -> new ChartSeries("x", "x", SeriesKind.BAND, ChartScale.RIGHT, null,
                        List.of(new ChartPoint(FEB_11, null, null, BigDecimal.ONE, null, null))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-02-11");
    }
}
