package app.neodesk.dashboard;

import static app.neodesk.dashboard.DashboardTileData.DY;
import static app.neodesk.dashboard.DashboardTileData.FOB;
import static app.neodesk.dashboard.DashboardTileData.ND;
import static app.neodesk.dashboard.DashboardTileData.NONE;
import static app.neodesk.dashboard.DashboardTileData.SINGLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.catalog.PriceCurrency;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.QuoteUnit;
import app.neodesk.quote.PriceChange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

/** Tile figures on real 100ppi prices: 1D/1W/1M changes, gaps of years, "nc", one quote, stale tiles. */
@NeodeskSpringTest
@ExtendWith(DashboardTileData.class)
class DashboardServiceTest {

    @Autowired
    DashboardService dashboard;

    private Map<String, WatchTile> tiles() {
        var tiles = new LinkedHashMap<String, WatchTile>();
        dashboard.myTiles().forEach(t -> tiles.put(t.product().getCode(), t));
        return tiles;
    }

    private static void assertChange(
            WatchTile tile, ChangeSpan span, String amount, String percent, LocalDate base, LocalDate versus) {
        var change = tile.change(span);
        assertThat(change.change().amount()).as(span.label()).isEqualByComparingTo(amount);
        assertThat(change.change().percent()).as(span.label() + " %").isEqualTo(new BigDecimal(percent));
        assertThat(change.baseDate()).as(span.label() + " base").isEqualTo(base);
        assertThat(change.versusDate()).as(span.label() + " vs").isEqualTo(versus);
    }

    @Test
    @WithMockUser(username = DashboardTileData.VIEWER, roles = "VIEWER")
    void viewerSeesHerOwnWatchlistInItsOrder() {
        assertThat(tiles()).containsOnlyKeys(ND, DY, FOB, SINGLE, NONE);
        assertThat(dashboard.myTiles())
                .extracting(t -> t.product().getCode())
                .containsExactly(ND, DY, FOB, SINGLE, NONE);
    }

    @Test
    @WithMockUser(username = DashboardTileData.ANALYST, roles = "ANALYST")
    void analystSeesOnlyHisOwnWatchlistNotAnotherUsers() {
        assertThat(dashboard.myTiles()).extracting(t -> t.product().getCode()).containsExactly(DY);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminGetsTilesOfHisOwnWatchlist() {
        assertThat(dashboard.myTiles()).extracting(t -> t.product().getCode()).doesNotContain(ND, FOB, SINGLE, NONE);
    }

    @Test
    void anonymousGetsNoTiles() {
        assertThatThrownBy(() -> dashboard.myTiles()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(username = DashboardTileData.VIEWER, roles = "VIEWER")
    void ndMetalIsUnchangedOnTheDayAndUpOverAWeekAndAMonth() {
        var nd = tiles().get(ND);
        assertThat(nd.last()).isNotNull();
        assertThat(nd.last().date()).isEqualTo(DashboardTileData.LATEST);
        assertThat(nd.last().mid()).isEqualByComparingTo("640000");
        assertThat(nd.last().unit()).isEqualTo(QuoteUnit.of(PriceCurrency.CNY, PriceUnit.T));
        var day = nd.change(ChangeSpan.DAY).change();
        assertThat(day.isPresent()).isTrue();
        assertThat(day.direction()).as("nc").isZero();
        assertThat(nd.change(ChangeSpan.DAY).baseDate()).isEqualTo(LocalDate.of(2023, 8, 31));
        // 2023-09-01 − 7 days = 2023-08-25 (625,000); − 1 month = 2023-08-01 (597,500)
        assertChange(nd, ChangeSpan.WEEK, "15000", "2.40", LocalDate.of(2023, 8, 25), null);
        assertChange(nd, ChangeSpan.MONTH, "42500", "7.11", LocalDate.of(2023, 8, 1), null);
    }

    @Test
    @WithMockUser(username = DashboardTileData.VIEWER, roles = "VIEWER")
    void dyOxidePerKgChangesAreRoundedHalfUpToTwoDecimals() {
        var dy = tiles().get(DY);
        assertThat(dy.last().unit().label()).isEqualTo("CNY/kg");
        assertChange(dy, ChangeSpan.DAY, "20", "0.81", LocalDate.of(2023, 8, 31), null);
        assertChange(dy, ChangeSpan.WEEK, "60", "2.47", LocalDate.of(2023, 8, 25), null);
        assertChange(dy, ChangeSpan.MONTH, "180", "7.79", LocalDate.of(2023, 8, 1), null);
    }

    @Test
    @WithMockUser(username = DashboardTileData.VIEWER, roles = "VIEWER")
    void weekAndMonthAfterAGapOfYearsCompareWithTheOldQuoteAndNameItsDate() {
        var fob = tiles().get(FOB);
        assertThat(fob.last().unit().label()).isEqualTo("USD/kg");
        assertThat(fob.last().low()).isEqualByComparingTo("76.50");
        assertThat(fob.last().high()).isEqualByComparingTo("77.50");
        assertChange(fob, ChangeSpan.DAY, "0.80", "1.05", LocalDate.of(2023, 8, 30), null);
        assertChange(
                fob,
                ChangeSpan.WEEK,
                "24.50",
                "46.67",
                DashboardTileData.FOB_BEFORE_GAP,
                DashboardTileData.FOB_BEFORE_GAP);
        assertChange(
                fob,
                ChangeSpan.MONTH,
                "24.50",
                "46.67",
                DashboardTileData.FOB_BEFORE_GAP,
                DashboardTileData.FOB_BEFORE_GAP);
        assertThat(fob.sparkline())
                .extracting(WatchTile.Point::date)
                .containsExactly(LocalDate.of(2023, 8, 30), DashboardTileData.FOB_LATEST);
    }

    @Test
    @WithMockUser(username = DashboardTileData.VIEWER, roles = "VIEWER")
    void singleQuoteHasNoChangeOverAnySpan() {
        var single = tiles().get(SINGLE);
        assertThat(single.hasQuote()).isTrue();
        for (var span : ChangeSpan.values()) {
            assertThat(single.change(span).change()).as(span.label()).isEqualTo(PriceChange.NONE);
            assertThat(single.change(span).baseDate()).isNull();
        }
        assertThat(single.sparkline()).hasSize(1);
    }

    @Test
    @WithMockUser(username = DashboardTileData.VIEWER, roles = "VIEWER")
    void productWithoutQuotesHasAnEmptyTileThatIsNeverStale() {
        var none = tiles().get(NONE);
        assertThat(none.hasQuote()).isFalse();
        assertThat(none.stale()).isFalse();
        assertThat(none.change(ChangeSpan.WEEK).change()).isEqualTo(PriceChange.NONE);
    }

    @Test
    @WithMockUser(username = DashboardTileData.VIEWER, roles = "VIEWER")
    void onlyTilesOlderThanTheNewestTileAreStale() {
        var tiles = tiles();
        assertThat(tiles.get(FOB).stale()).isTrue();
        assertThat(tiles.get(FOB).freshest()).isEqualTo(DashboardTileData.LATEST);
        assertThat(tiles.get(ND).stale()).isFalse();
        assertThat(tiles.get(DY).stale()).isFalse();
        assertThat(tiles.get(SINGLE).stale()).isFalse();
    }

    @Test
    @WithMockUser(username = DashboardTileData.VIEWER, roles = "VIEWER")
    void sparklineCoversThreeMonthsUpToTheLatestQuote() {
        var nd = tiles().get(ND);
        assertThat(nd.sparklinePeriod())
                .isEqualTo(new WatchTile.Period("3M", LocalDate.of(2023, 6, 1), DashboardTileData.LATEST));
        assertThat(nd.sparkline().getFirst().date()).isEqualTo(LocalDate.of(2023, 6, 1));
        assertThat(nd.sparkline().getLast().date()).isEqualTo(DashboardTileData.LATEST);
        assertThat(nd.sparkline().getLast().mid()).isEqualByComparingTo("640000");
        // every business-day flash from 2023-06-01 to 2023-09-01
        assertThat(nd.sparkline()).hasSize(67);
    }

    @Test
    @WithMockUser(username = DashboardTileData.EMPTY, roles = "VIEWER")
    void emptyWatchlistGivesNoTiles() {
        assertThat(dashboard.myTiles()).isEmpty();
    }
}
