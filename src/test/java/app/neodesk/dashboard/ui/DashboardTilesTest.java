package app.neodesk.dashboard.ui;

import static app.neodesk.dashboard.DashboardTileData.DY;
import static app.neodesk.dashboard.DashboardTileData.FOB;
import static app.neodesk.dashboard.DashboardTileData.ND;
import static app.neodesk.dashboard.DashboardTileData.NONE;
import static app.neodesk.dashboard.DashboardTileData.SINGLE;
import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskViewTest;
import app.neodesk.dashboard.DashboardTileData;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.security.test.context.support.WithMockUser;

/** What a trader reads on each tile: unit beside the price, low–high, 1D/1W/1M, the sparkline period, stale marks. */
@NeodeskViewTest
@ExtendWith(DashboardTileData.class)
@WithMockUser(username = DashboardTileData.VIEWER, roles = "VIEWER")
class DashboardTilesTest extends SpringBrowserlessTest {

    private Map<String, Div> tiles() {
        navigate(DashboardView.class);
        var tiles = new LinkedHashMap<String, Div>();
        for (var tile : find(Div.class).withClassName("watch-tile").all()) {
            tiles.put(
                    find(Anchor.class, tile)
                            .withClassName("watch-tile-code")
                            .single()
                            .getText(),
                    tile);
        }
        return tiles;
    }

    private String text(Div tile, String className) {
        return find(Span.class, tile).withClassName(className).single().getText();
    }

    private String divText(Div tile, String className) {
        return find(Div.class, tile)
                .withClassName(className)
                .single()
                .getElement()
                .getTextRecursively();
    }

    @Test
    void liveRefreshWithoutANewQuoteKeepsEveryCard() {
        var before = tiles().values().stream().toList();
        var view = find(DashboardView.class).single();

        view.refreshTiles();

        var after = find(Div.class).withClassName("watch-tile").all();
        assertThat(after).hasSize(before.size()).containsExactlyElementsOf(before);
    }

    @Test
    void unitStandsBesideThePriceAndNotInTheDescription() {
        var tiles = tiles();
        assertThat(divText(tiles.get(ND), "watch-tile-price")).isEqualTo("640,000CNY/t");
        assertThat(text(tiles.get(ND), "watch-tile-mid")).isEqualTo("640,000");
        assertThat(text(tiles.get(ND), "watch-tile-unit")).isEqualTo("CNY/t");
        assertThat(text(tiles.get(DY), "watch-tile-unit")).isEqualTo("CNY/kg");
        assertThat(text(tiles.get(DY), "watch-tile-mid")).isEqualTo("2,490");
        assertThat(text(tiles.get(FOB), "watch-tile-unit")).isEqualTo("USD/kg");
        assertThat(text(tiles.get(FOB), "watch-tile-mid")).isEqualTo("77.00");
        assertThat(divText(tiles.get(ND), "watch-tile-name"))
                .isEqualTo("Neodymium metal ≥99.5% · China ex-works")
                .doesNotContain("CNY");
        assertThat(divText(tiles.get(FOB), "watch-tile-name")).doesNotContain("USD");
    }

    @Test
    void lowHighOfTheLastQuoteAndSinglePricesSaySo() {
        var tiles = tiles();
        assertThat(text(tiles.get(FOB), "watch-tile-range-value")).isEqualTo("76.50–77.50");
        assertThat(text(tiles.get(ND), "watch-tile-range-value")).isEqualTo("640,000 (single price)");
        assertThat(divText(tiles.get(FOB), "watch-tile-range")).startsWith("Low–high");
    }

    @Test
    void changesOverADayAWeekAndAMonthReadNcDashAndVsDates() {
        var tiles = tiles();
        assertThat(text(tiles.get(ND), "watch-tile-change-1d")).isEqualTo("nc");
        assertThat(text(tiles.get(ND), "watch-tile-change-1w")).isEqualTo("+15,000 +2.40%");
        assertThat(text(tiles.get(ND), "watch-tile-change-1m")).isEqualTo("+42,500 +7.11%");
        assertThat(text(tiles.get(DY), "watch-tile-change-1d")).isEqualTo("+20 +0.81%");
        assertThat(text(tiles.get(FOB), "watch-tile-change-1d")).isEqualTo("+0.80 +1.05%");
        assertThat(text(tiles.get(FOB), "watch-tile-change-1w")).isEqualTo("+24.50 +46.67% vs 2019-05-20");
        assertThat(text(tiles.get(FOB), "watch-tile-change-1m")).isEqualTo("+24.50 +46.67% vs 2019-05-20");
        for (var key : new String[] {"1d", "1w", "1m"}) {
            assertThat(text(tiles.get(SINGLE), "watch-tile-change-" + key)).isEqualTo("–");
        }
        assertThat(divText(tiles.get(ND), "watch-tile-changes")).isEqualTo("1Dnc1W+15,000 +2.40%1M+42,500 +7.11%");
    }

    @Test
    void changesAreColouredOnlyThroughRiseAndFallClasses() {
        var tiles = tiles();
        assertThat(find(Span.class, tiles.get(ND))
                        .withClassName("watch-tile-change-1w")
                        .single()
                        .getClassNames())
                .contains("rise")
                .doesNotContain("fall");
        assertThat(find(Span.class, tiles.get(ND))
                        .withClassName("watch-tile-change-1d")
                        .single()
                        .getClassNames())
                .contains("unchanged")
                .doesNotContain("rise", "fall");
        assertThat(find(Span.class, tiles.get(SINGLE))
                        .withClassName("watch-tile-change-1m")
                        .single()
                        .getClassNames())
                .contains("no-previous")
                .doesNotContain("rise", "fall");
        for (var tile : tiles.values()) {
            for (var span : find(Span.class, tile).all()) {
                assertThat(span.getStyle().get("color")).as("no inline colour").isNull();
            }
        }
    }

    @Test
    void sparklineNamesItsPeriodAndSpansTheTile() {
        var tiles = tiles();
        assertThat(text(tiles.get(ND), "watch-tile-period")).isEqualTo("3M");
        assertThat(find(Span.class, tiles.get(ND))
                        .withClassName("watch-tile-period")
                        .single()
                        .getElement()
                        .getAttribute("title"))
                .isEqualTo("Mids from 2023-06-01 to 2023-09-01");
        var spark = find(Div.class, tiles.get(ND)).withClassName("sparkline").single();
        assertThat(spark.getClassNames()).contains("sparkline");
        assertThat(spark.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(spark.getElement().getAttribute("aria-label"))
                .isEqualTo("Mids over 3M to 2023-09-01: 67 quotes, from 640,000 to 640,000 CNY/t");
        assertThat(spark.getElement().getProperty("innerHTML"))
                .startsWith("<svg ")
                .contains("<polyline");
        assertThat(find(Div.class, tiles.get(FOB))
                        .withClassName("sparkline")
                        .single()
                        .getClassNames())
                .contains("rise");
    }

    @Test
    void staleTileSaysSoInTextAndStyle() {
        var tiles = tiles();
        var fob = tiles.get(FOB);
        assertThat(fob.getClassNames()).contains("watch-tile-stale");
        assertThat(divText(fob, "watch-tile-date")).isEqualTo("as of 2023-08-31 · sunsirs · stale");
        assertThat(find(Span.class, fob)
                        .withClassName("watch-tile-stale-mark")
                        .single()
                        .getElement()
                        .getAttribute("title"))
                .contains("2023-09-01");
        assertThat(divText(tiles.get(ND), "watch-tile-date")).isEqualTo("as of 2023-09-01 · yangtze");
        assertThat(tiles.get(ND).getClassNames()).doesNotContain("watch-tile-stale");
        assertThat(find(Span.class, tiles.get(ND))
                        .withClassName("watch-tile-stale-mark")
                        .exists())
                .isFalse();
    }

    @Test
    void productWithoutQuotesSaysSoAndShowsNoFigures() {
        var none = tiles().get(NONE);
        assertThat(divText(none, "watch-tile-empty")).isEqualTo("No quotes yet");
        assertThat(find(Span.class, none).withClassName("watch-tile-mid").exists())
                .isFalse();
        assertThat(none.getClassNames()).doesNotContain("watch-tile-stale");
    }

    @Test
    @WithMockUser(username = DashboardTileData.EMPTY, roles = "VIEWER")
    void emptyWatchlistExplainsHowToAddProducts() {
        navigate(DashboardView.class);
        assertThat(find(Div.class).withClassName("watch-tile").exists()).isFalse();
        assertThat(find(Span.class).withClassName("watch-tiles-empty").single().getText())
                .contains("Edit watchlist");
    }
}
