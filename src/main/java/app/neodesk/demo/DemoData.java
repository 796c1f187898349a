package app.neodesk.demo;

import app.neodesk.catalog.Element;
import app.neodesk.catalog.MarketBasis;
import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.PriceCurrency;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.ProductData;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.Source;
import app.neodesk.catalog.SourceData;
import app.neodesk.catalog.SourceService;
import app.neodesk.dashboard.WatchlistService;
import app.neodesk.driver.DriverDemoSeed;
import app.neodesk.security.DemoProperties;
import app.neodesk.security.SystemAuthentication;
import app.neodesk.team.Role;
import app.neodesk.team.TeamService;
import app.neodesk.team.UserService;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: fills an empty database with the demo accounts, teams and catalog through the
 * same secured services an admin uses.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "neodesk.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo";
    static final List<String> DEFAULT_WATCHLIST =
            List.of("nd-metal-cn", "nd-oxide-cn", "prnd-oxide-cn", "dy-oxide-cn", "tb-oxide-cn");
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final UserService users;
    private final TeamService teams;
    private final ProductService products;
    private final SourceService sources;
    private final WatchlistService watchlists;
    private final Clock clock;
    private final DriverDemoSeed driverSeed;
    private final DemoProperties demo;
    private final DemoQuotes quotes;

    DemoData(
            UserService users,
            TeamService teams,
            ProductService products,
            SourceService sources,
            WatchlistService watchlists,
            DriverDemoSeed driverSeed,
            DemoProperties demo,
            DemoQuotes quotes,
            Clock clock) {
        this.watchlists = watchlists;
        this.users = users;
        this.teams = teams;
        this.products = products;
        this.sources = sources;
        this.clock = clock;
        this.driverSeed = driverSeed;
        this.demo = demo;
        this.quotes = quotes;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.run(() -> {
            if (users.hasAnyUser()) {
                // A demo database from before aliases existed gets them once.
                DemoAliases.seedIfNone(products, sources);
                log.info("Demo data ready (already present)");
                return;
            }
            log.info("Demo mode: creating demo accounts and catalog");
            try {
                createUsers();
            } catch (DataIntegrityViolationException e) {
                // Two nodes started together on an empty database: the other one is creating the demo data.
                log.info("Another node is creating the demo data; this node uses it");
                return;
            }
            createCatalog();
            DemoAliases.seedIfNone(products, sources);
            createWatchlists();
            quotes.create(demo.history());
            driverSeed.seed();
            log.info("Demo data ready");
        });
    }

    private void createUsers() {
        var deskA = teams.bootstrap("Desk A", "Magnet-materials trading desk");
        var deskB = teams.bootstrap("Desk B", "Heavy rare earths desk");
        users.bootstrap("admin", "Ada Admin", DEMO_PASSWORD, false, false, Set.of(Role.ADMIN), List.of());
        users.bootstrap("analyst", "Ana Analyst", DEMO_PASSWORD, false, false, Set.of(Role.ANALYST), List.of(deskA));
        users.bootstrap("trader", "Tom Trader", DEMO_PASSWORD, false, false, Set.of(Role.VIEWER), List.of(deskA));
        users.bootstrap("trader2", "Tina Trader", DEMO_PASSWORD, false, false, Set.of(Role.VIEWER), List.of(deskB));
    }

    private void createCatalog() {
        var yangtze = source("yangtze", "Yangtze Nonferrous Metals Network", "https://www.cjys.net");
        source("smm", "Shanghai Metals Market", "https://www.metal.com");
        var sunsirs = source("sunsirs", "SunSirs", "https://www.sunsirs.com");
        source("inhouse", "In-house deals", null);

        product(
                "nd-metal-cn",
                Element.ND,
                MaterialForm.METAL,
                "99.5",
                MarketBasis.CN_EXW,
                PriceCurrency.CNY,
                PriceUnit.T,
                0,
                yangtze);
        product(
                "nd-oxide-cn",
                Element.ND,
                MaterialForm.OXIDE,
                "99.5",
                MarketBasis.CN_EXW,
                PriceCurrency.CNY,
                PriceUnit.T,
                0,
                yangtze);
        product(
                "pr-oxide-cn",
                Element.PR,
                MaterialForm.OXIDE,
                "99.5",
                MarketBasis.CN_EXW,
                PriceCurrency.CNY,
                PriceUnit.T,
                0,
                yangtze);
        product(
                "prnd-oxide-cn",
                Element.PRND,
                MaterialForm.OXIDE,
                "99",
                MarketBasis.CN_EXW,
                PriceCurrency.CNY,
                PriceUnit.T,
                0,
                yangtze);
        product(
                "dy-oxide-cn",
                Element.DY,
                MaterialForm.OXIDE,
                "99.5",
                MarketBasis.CN_EXW,
                PriceCurrency.CNY,
                PriceUnit.KG,
                0,
                yangtze);
        product(
                "tb-oxide-cn",
                Element.TB,
                MaterialForm.OXIDE,
                "99.99",
                MarketBasis.CN_EXW,
                PriceCurrency.CNY,
                PriceUnit.KG,
                0,
                yangtze);
        product(
                "prnd-oxide-fob",
                Element.PRND,
                MaterialForm.OXIDE,
                "99",
                MarketBasis.FOB_CHINA,
                PriceCurrency.USD,
                PriceUnit.KG,
                2,
                sunsirs);
    }

    private void createWatchlists() {
        for (var user : List.of("admin", "analyst", "trader", "trader2")) {
            SystemAuthentication.runAs(user, () -> watchlists.setMyProducts(DEFAULT_WATCHLIST));
        }
    }

    private Source source(String code, String name, @Nullable String url) {
        return sources.create(new SourceData(code, name, url, null), List.of());
    }

    private void product(
            String code,
            Element element,
            MaterialForm form,
            String purity,
            MarketBasis basis,
            PriceCurrency currency,
            PriceUnit unit,
            int scale,
            Source mainSource) {
        products.create(ProductData.of(code, element, form, new BigDecimal(purity), basis, currency, unit, scale)
                .withMainSource(mainSource.requireId()));
    }
}
