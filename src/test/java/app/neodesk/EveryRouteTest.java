package app.neodesk;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.audit.ui.AuditView;
import app.neodesk.catalog.ui.ProductAdminView;
import app.neodesk.catalog.ui.SourceAdminView;
import app.neodesk.chart.ui.ChartView;
import app.neodesk.chart.ui.PriceChart;
import app.neodesk.chart.ui.SentToChart;
import app.neodesk.dashboard.ui.DashboardView;
import app.neodesk.driver.ui.DriverDetailView;
import app.neodesk.driver.ui.DriverEditView;
import app.neodesk.driver.ui.DriversView;
import app.neodesk.driver.ui.ScorecardView;
import app.neodesk.quote.QuoteRow;
import app.neodesk.quote.ui.HistoryView;
import app.neodesk.quote.ui.QuoteEntryView;
import app.neodesk.security.ui.ChangePasswordView;
import app.neodesk.team.Role;
import app.neodesk.team.ui.TeamAdminView;
import app.neodesk.team.ui.UserAdminView;
import app.neodesk.token.ui.TokenAdminView;
import app.neodesk.token.ui.TokensView;
import app.neodesk.ui.InternalErrorView;
import app.neodesk.ui.NotAllowedView;
import app.neodesk.ui.NotFoundView;
import app.neodesk.ui.RecordNotFoundView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Opens every route as every role on market-like data: a routine unchanged day ("nc") on a watched
 * product, a product with a single quote, an empty watchlist, a driver on the unchanged day.
 * Every route must show its view, the in-app "not allowed" page or the in-app "not found" page,
 * and never the error page.
 */
@NeodeskViewTest
@ExtendWith(MarketLikeData.class)
class EveryRouteTest extends SpringBrowserlessTest {

    static final String UNCHANGED = MarketLikeData.UNCHANGED;
    static final String SINGLE = MarketLikeData.SINGLE;
    static final LocalDate DAY_2 = MarketLikeData.DAY_2;

    @Test
    @WithMockUser(username = "nc-viewer", roles = "VIEWER")
    void unchangedDayOnAWatchedProductRendersTheDashboardWithNc() {
        navigate(DashboardView.class);
        var change = find(Span.class).withClassName("watch-tile-change").all().stream()
                .filter(s -> s.getClassNames().contains("unchanged"))
                .toList();
        assertThat(change)
                .singleElement()
                .satisfies(s -> assertThat(s.getText()).startsWith("nc"));
        var tiles = find(Div.class).withClassName("watch-tile").all();
        assertThat(tiles)
                .extracting(t -> t.getElement().getTextRecursively())
                .anySatisfy(t ->
                        assertThat(t).startsWith(UNCHANGED).contains("30,000").contains("nc"))
                .anySatisfy(t -> assertThat(t)
                        .startsWith(SINGLE)
                        .contains("31,000")
                        .contains("yangtze")
                        .doesNotContain("No quotes yet"));
    }

    @Test
    @WithMockUser(username = "nc-viewer", roles = "VIEWER")
    void unchangedDayReadsNcInTheHistory() {
        go("history?product=" + UNCHANGED);
        assertThat(getCurrentView()).isInstanceOf(HistoryView.class);
        @SuppressWarnings("unchecked")
        Grid<QuoteRow> grid = find(Grid.class).single();
        var tester = test(grid);
        assertThat(tester.size()).isEqualTo(2);
        assertThat(tester.getRow(0).date()).isEqualTo(DAY_2);
        assertThat(tester.getLitRendererPropertyValue(0, "change", "text", String.class))
                .isEqualTo("nc");
        assertThat(tester.getLitRendererPropertyValue(0, "change", "cls", String.class))
                .isEqualTo("unchanged");
        assertThat(tester.getLitRendererPropertyValue(1, "change", "text", String.class))
                .isEmpty();
        assertThat(tester.getLitRendererPropertyValue(1, "change", "cls", String.class))
                .isEqualTo("no-previous");
    }

    @Test
    @WithMockUser(username = "nc-viewer", roles = "VIEWER")
    void unchangedDayReachesTheChartTooltipDataAndTheDriverScorecard() {
        go("chart?products=" + UNCHANGED + "&range=All");
        // What the tooltip shows is what the server sent: the chart keeps no points.
        var series = SentToChart.drain(find(PriceChart.class).single()).get("series");
        assertThat(series).isNotEmpty();
        var sent = series.get(0);
        assertThat(sent.get("days").toString())
                .isEqualTo("[" + MarketLikeData.DAY_1.toEpochDay() + "," + DAY_2.toEpochDay() + "]");
        assertThat(sent.get("change").toString())
                .as("first quote: no previous, empty; then 0")
                .isEqualTo("[null,0]");
        assertThat(sent.get("changePct").get(1).decimalValue()).isEqualByComparingTo("0.00");

        UI.getCurrent().navigate("drivers/" + MarketLikeData.driverId());
        assertThat(getCurrentView()).isInstanceOf(DriverDetailView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> scorecard =
                find(Grid.class).withClassName("driver-scorecard").single();
        var firstMove = test(scorecard).getCellText(0, 2);
        assertThat(firstMove).isEqualTo("nc");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminOpensEveryRoute() {
        assertRoutes(expected(Set.of(Role.ADMIN)));
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void analystOpensEveryRouteButTheAdminOnes() {
        assertRoutes(expected(Set.of(Role.ANALYST)));
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void viewerOpensEveryReadRouteAndIsToldWhatIsNotAllowed() {
        assertRoutes(expected(Set.of(Role.VIEWER)));
    }

    @Test
    @WithMockUser(username = "nc-viewer", roles = "VIEWER")
    void viewerWithAnUnchangedDayAndASingleQuoteOpensEveryRoute() {
        assertRoutes(expected(Set.of(Role.VIEWER)));
    }

    @Test
    @WithMockUser(username = "empty-viewer", roles = "VIEWER")
    void viewerWithAnEmptyWatchlistOpensEveryRoute() {
        assertRoutes(expected(Set.of(Role.VIEWER)));
        navigate(DashboardView.class);
        assertThat(find(Span.class).all())
                .extracting(Span::getText)
                .anySatisfy(t -> assertThat(t).contains("Your watchlist is empty"));
    }

    @Test
    @WithMockUser(username = "trader2", roles = "VIEWER")
    void viewerOfAnotherTeamGetsNotFoundForTheTeamDriver() {
        UI.getCurrent().navigate("drivers/" + MarketLikeData.driverId());
        assertThat(getCurrentView()).isInstanceOf(RecordNotFoundView.class);
    }

    private Map<String, Class<? extends Component>> expected(Set<Role> roles) {
        boolean admin = roles.contains(Role.ADMIN);
        boolean analyst = admin || roles.contains(Role.ANALYST);
        var routes = new LinkedHashMap<String, Class<? extends Component>>();
        routes.put("", DashboardView.class);
        routes.put("history", HistoryView.class);
        routes.put("history?product=" + UNCHANGED + "&product=" + SINGLE, HistoryView.class);
        routes.put("chart?products=" + UNCHANGED + "," + SINGLE + "&range=All", ChartView.class);
        routes.put("chart?products=" + UNCHANGED + "," + SINGLE + "&mode=spread&range=All", ChartView.class);
        routes.put("chart?products=" + SINGLE + "&mode=compare&range=1M", ChartView.class);
        routes.put("chart?products=no-such-product", ChartView.class);
        routes.put("drivers", DriversView.class);
        routes.put("drivers?product=" + UNCHANGED, DriversView.class);
        routes.put("drivers/scorecard", ScorecardView.class);
        routes.put("drivers/new", DriverEditView.class);
        routes.put("drivers/new?product=" + UNCHANGED + "&date=" + DAY_2, DriverEditView.class);
        routes.put("drivers/999999999", RecordNotFoundView.class);
        routes.put("drivers/not-a-number", RecordNotFoundView.class);
        routes.put("account/password", ChangePasswordView.class);
        routes.put("account/tokens", TokensView.class);
        routes.put("admin/tokens", admin ? TokenAdminView.class : NotAllowedView.class);
        routes.put("quotes/new", analyst ? QuoteEntryView.class : NotAllowedView.class);
        routes.put("admin/products", admin ? ProductAdminView.class : NotAllowedView.class);
        routes.put("admin/sources", admin ? SourceAdminView.class : NotAllowedView.class);
        routes.put("admin/users", admin ? UserAdminView.class : NotAllowedView.class);
        routes.put("admin/teams", admin ? TeamAdminView.class : NotAllowedView.class);
        routes.put("admin/audit", admin ? AuditView.class : NotAllowedView.class);
        routes.put("nonexistent", NotFoundView.class);
        routes.put("admin/nonexistent/deeper", NotFoundView.class);
        return routes;
    }

    private void assertRoutes(Map<String, Class<? extends Component>> routes) {
        routes.forEach((path, view) -> {
            go(path);
            assertThat(getCurrentView())
                    .as("/" + path)
                    .isNotInstanceOf(InternalErrorView.class)
                    .isInstanceOf(view);
        });
        UI.getCurrent().navigate("drivers/" + MarketLikeData.driverId());
        var current = getCurrentView();
        var teamMember = SecurityContextHolder.getContext().getAuthentication().getName();
        assertThat(current)
                .as("team driver for " + teamMember)
                .isNotInstanceOf(InternalErrorView.class)
                .isInstanceOfAny(DriverDetailView.class, RecordNotFoundView.class);
    }

    private static void go(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        if (q < 0) {
            UI.getCurrent().navigate(pathAndQuery);
        } else {
            UI.getCurrent()
                    .navigate(pathAndQuery.substring(0, q), QueryParameters.fromString(pathAndQuery.substring(q + 1)));
        }
    }
}
