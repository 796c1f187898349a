package app.neodesk;

import app.neodesk.catalog.Element;
import app.neodesk.catalog.MarketBasis;
import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.PriceCurrency;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductData;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import app.neodesk.dashboard.WatchlistService;
import app.neodesk.driver.Direction;
import app.neodesk.driver.DriverCategory;
import app.neodesk.driver.DriverData;
import app.neodesk.driver.DriverFilter;
import app.neodesk.driver.DriverService;
import app.neodesk.driver.Impact;
import app.neodesk.driver.Visibility;
import app.neodesk.quote.QuoteDraft;
import app.neodesk.quote.QuoteService;
import app.neodesk.support.SeedData;
import app.neodesk.team.Role;
import app.neodesk.team.TeamService;
import app.neodesk.team.UserService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

/**
 * Data shaped like the market's, added once per test context before each test's Vaadin set-up
 * (the browserless UI looks the signed-in user up, so the users must exist first):
 * <ul>
 *   <li>{@value #UNCHANGED}: two quotes from its main source Yangtze with the same mid 30,000, a
 *   routine "nc" day;</li>
 *   <li>{@value #SINGLE}: one quote only, so its change is empty, and no main source;</li>
 *   <li>{@code nc-viewer} (Desk A) watching both and nd-metal-cn, with a team driver on the day before
 *   the unchanged one, so its scorecard's first move is "no change";</li>
 *   <li>{@code empty-viewer} (Desk A) with an empty watchlist.</li>
 * </ul>
 */
public class MarketLikeData extends SeedData {

    public static final String UNCHANGED = "ce-oxide-nc";
    public static final String SINGLE = "la-oxide-single";
    public static final String DRIVER_TITLE = "Cerium flat: no new orders";
    public static final LocalDate DAY_1 = LocalDate.of(2026, 1, 5);
    public static final LocalDate DAY_2 = LocalDate.of(2026, 1, 6);

    private static volatile long driverId;

    /** The team driver of nc-viewer, dated the day before the unchanged day. */
    public static long driverId() {
        return driverId;
    }

    @Override
    protected void seed(ApplicationContext spring) {
        var products = spring.getBean(ProductService.class);
        var drivers = spring.getBean(DriverService.class);
        as("admin", Role.ADMIN);
        if (products.findByCode(UNCHANGED).isPresent()) {
            as("nc-viewer", Role.VIEWER);
            driverId = drivers.search(
                            new DriverFilter(null, null, null, null, null, null, null, null, DRIVER_TITLE),
                            PageRequest.of(0, 1))
                    .getContent()
                    .getFirst()
                    .getId();
            return;
        }
        var quotes = spring.getBean(QuoteService.class);
        var users = spring.getBean(UserService.class);
        var teams = spring.getBean(TeamService.class);
        var watchlists = spring.getBean(WatchlistService.class);
        long yangtze = spring.getBean(SourceService.class)
                .findByCode("yangtze")
                .orElseThrow()
                .getId();
        var ceOxide = ProductData.of(
                UNCHANGED,
                Element.CE,
                MaterialForm.OXIDE,
                new BigDecimal("99.99"),
                MarketBasis.CN_EXW,
                PriceCurrency.CNY,
                PriceUnit.T,
                0);
        var ce = products.create(ceOxide.withMainSource(yangtze));
        var la = products.create(ProductData.of(
                SINGLE,
                Element.LA,
                MaterialForm.OXIDE,
                new BigDecimal("99.99"),
                MarketBasis.CN_EXW,
                PriceCurrency.CNY,
                PriceUnit.T,
                0));
        quotes.enter(draft(ce, yangtze, DAY_1, "30000"));
        quotes.enter(draft(ce, yangtze, DAY_2, "30000"));
        quotes.enter(draft(la, yangtze, DAY_2, "31000"));
        var deskA = teams.findAll().stream()
                .filter(t -> t.getName().equals("Desk A"))
                .toList();
        users.bootstrap("nc-viewer", "Unchanged Day", "demo", false, false, Set.of(Role.VIEWER), deskA);
        users.bootstrap("empty-viewer", "Empty Watchlist", "demo", false, false, Set.of(Role.VIEWER), deskA);
        as("nc-viewer", Role.VIEWER);
        watchlists.setMyProducts(List.of(UNCHANGED, SINGLE, "nd-metal-cn"));
        driverId = drivers.create(new DriverData(
                        DRIVER_TITLE,
                        DAY_1,
                        null,
                        Set.of(ce),
                        DriverCategory.DEMAND,
                        Direction.NEUTRAL,
                        Impact.LOW,
                        Set.of(),
                        Visibility.TEAM,
                        Set.copyOf(teams.myTeams()),
                        null,
                        null,
                        null))
                .getId();
        as("empty-viewer", Role.VIEWER);
        watchlists.setMyProducts(List.of());
    }

    private static QuoteDraft draft(Product product, long sourceId, LocalDate date, String mid) {
        var m = new BigDecimal(mid);
        return new QuoteDraft(
                product.getId(),
                sourceId,
                date,
                m.subtract(new BigDecimal("500")),
                m.add(new BigDecimal("500")),
                null,
                null,
                false);
    }
}
