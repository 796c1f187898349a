package app.neodesk.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.dashboard.WatchTile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sparkline SVG: full width, theme colours only, dated x positions, a spoken summary. */
class SparklineTest {

    private static final WatchTile.Period PERIOD =
            new WatchTile.Period("3M", LocalDate.of(2023, 6, 1), LocalDate.of(2023, 9, 1));

    private static WatchTile.Point point(String date, String mid) {
        return new WatchTile.Point(LocalDate.parse(date), new BigDecimal(mid));
    }

    @Test
    void stretchesToTheFullWidthAndDrawsOnlyInCurrentColor() {
        var svg = Sparkline.svg(PERIOD, List.of(point("2023-06-01", "640000"), point("2023-09-01", "650000")));
        assertThat(svg)
                .contains("width=\"100%\"")
                .contains("preserveAspectRatio=\"none\"")
                .contains("vector-effect=\"non-scaling-stroke\"")
                .contains("stroke=\"currentColor\"")
                .doesNotContainPattern("#[0-9a-fA-F]{3,6}\\b")
                .doesNotContain("rgb(");
        // first day at the left edge, last day at the right edge, the higher mid at the top
        assertThat(svg).contains("points=\"2.0,38.0 298.0,2.0\"");
    }

    @Test
    void placesMidsByDateSoAGapShowsAsAGap() {
        var svg = Sparkline.svg(PERIOD, List.of(point("2023-08-30", "76.20"), point("2023-09-01", "77.00")));
        // 2023-08-30 is 90 of 92 days into the period
        assertThat(svg).contains("points=\"291.6,38.0 298.0,2.0\"");
    }

    @Test
    void singleQuoteIsADotAtItsDate() {
        var svg = Sparkline.svg(PERIOD, List.of(point("2023-09-01", "640000")));
        assertThat(svg).contains("<circle cx=\"298.0\"").doesNotContain("polyline");
    }

    @Test
    void summaryNamesPeriodCountRangeAndUnit() {
        var label = Sparkline.label(
                PERIOD,
                List.of(point("2023-06-01", "640000"), point("2023-07-03", "602500"), point("2023-09-01", "640000")),
                "CNY/t",
                0);
        assertThat(label).isEqualTo("Mids over 3M to 2023-09-01: 3 quotes, from 640,000 to 640,000 CNY/t");
    }

    @Test
    void theSpokenSummaryKeepsAUnitsCharactersAsTheyAreAndTheSvgIsTheBoxsContent() {
        var box = Sparkline.of(
                PERIOD, List.of(point("2023-06-01", "6.40"), point("2023-09-01", "6.50")), "万元/吨 \"<b>\" & co", 2);
        assertThat(box.getClassNames()).containsExactly("sparkline");
        assertThat(box.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(box.getElement().getAttribute("aria-label"))
                .isEqualTo("Mids over 3M to 2023-09-01: 2 quotes, from 6.40 to 6.50 万元/吨 \"<b>\" & co");
        assertThat(box.getElement().getProperty("innerHTML"))
                .isEqualTo(Sparkline.svg(PERIOD, List.of(point("2023-06-01", "6.40"), point("2023-09-01", "6.50"))));
        assertThat(box.getChildren()).isEmpty();
    }
}
