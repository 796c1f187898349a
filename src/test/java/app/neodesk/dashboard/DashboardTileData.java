package app.neodesk.dashboard;

import app.neodesk.catalog.Element;
import app.neodesk.catalog.MarketBasis;
import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.PriceCurrency;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.ProductData;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import app.neodesk.quote.ImportProgress;
import app.neodesk.quote.QuoteImportService;
import app.neodesk.support.SeedData;
import app.neodesk.team.Role;
import app.neodesk.team.TeamService;
import app.neodesk.team.UserService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/**
 * Dashboard tiles on real 100ppi prices ({@code quotes/dashboard-tiles-100ppi.csv}), added once per
 * test context before each test's Vaadin set-up:
 * <ul>
 *   <li>{@value #ND}: Nd metal, CNY/t, every 2023 flash (single prices); latest 2023-09-01 640,000,
 *   unchanged from 2023-08-31 ("nc"), 625,000 on 2023-08-25 and 597,500 on 2023-08-01;</li>
 *   <li>{@value #DY}: Dy oxide in CNY/kg; latest 2023-09-01 2,490 after 2,470, 2,430 on 2023-08-25
 *   and 2,310 on 2023-08-01;</li>
 *   <li>{@value #FOB}: PrNd oxide FOB China, USD/kg at 2 decimals, from SunSirs: 2019-05-20 52.50,
 *   then a four-year gap, 2023-08-30 76.20 and 2023-08-31 76.50–77.50 (77.00), one day older than
 *   the others, so stale;</li>
 *   <li>{@value #SINGLE}: Pr metal with one quote, 2023-09-01 640,000;</li>
 *   <li>{@value #NONE}: La oxide without any quote;</li>
 *   <li>{@value #VIEWER} (Desk A, viewer) watching all five in this order, and {@value #ANALYST}
 *   (Desk B, analyst) watching {@value #DY} only, {@value #EMPTY} (Desk A, viewer) watching nothing.</li>
 * </ul>
 */
public class DashboardTileData extends SeedData {

    public static final String ND = "nd-metal-tile";
    public static final String DY = "dy-oxide-tile-kg";
    public static final String FOB = "prnd-oxide-tile-fob";
    public static final String SINGLE = "pr-metal-tile-single";
    public static final String NONE = "la-oxide-tile-none";
    public static final String VIEWER = "tile-viewer";
    public static final String ANALYST = "tile-analyst";
    public static final String EMPTY = "tile-empty";
    public static final LocalDate LATEST = LocalDate.of(2023, 9, 1);
    public static final LocalDate FOB_LATEST = LocalDate.of(2023, 8, 31);
    public static final LocalDate FOB_BEFORE_GAP = LocalDate.of(2019, 5, 20);

    @Override
    protected void seed(ApplicationContext spring) {
        var products = spring.getBean(ProductService.class);
        as("admin", Role.ADMIN);
        if (products.findByCode(ND).isPresent()) {
            return;
        }
        var sources = spring.getBean(SourceService.class);
        var yangtze = sources.findByCode("yangtze").orElseThrow();
        var sunsirs = sources.findByCode("sunsirs").orElseThrow();
        var created = LocalDate.of(2019, 1, 2);
        var nd = product(
                ND, Element.ND, MaterialForm.METAL, "99.5", MarketBasis.CN_EXW, PriceCurrency.CNY, PriceUnit.T, 0);
        var dy = product(
                DY, Element.DY, MaterialForm.OXIDE, "99.5", MarketBasis.CN_EXW, PriceCurrency.CNY, PriceUnit.KG, 0);
        var fob = product(
                FOB, Element.PRND, MaterialForm.OXIDE, "99", MarketBasis.FOB_CHINA, PriceCurrency.USD, PriceUnit.KG, 2);
        var single = product(
                SINGLE, Element.PR, MaterialForm.METAL, "99.5", MarketBasis.CN_EXW, PriceCurrency.CNY, PriceUnit.T, 0);
        var none = product(
                NONE, Element.LA, MaterialForm.OXIDE, "99.99", MarketBasis.CN_EXW, PriceCurrency.CNY, PriceUnit.T, 0);
        for (var p : List.of(nd, dy, single, none)) {
            products.create(p.withMainSource(yangtze.requireId()));
        }
        products.create(fob.withMainSource(sunsirs.requireId()));
        try (var csv = DashboardTileData.class.getResourceAsStream("/quotes/dashboard-tiles-100ppi.csv")) {
            var report = spring.getBean(QuoteImportService.class)
                    .importCsv(Objects.requireNonNull(csv), "dashboard-tiles-100ppi.csv", ImportProgress.NONE);
            if (!report.problems().isEmpty()) {
                throw new IllegalStateException("Fixture import failed: " + report.problems());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var teams = spring.getBean(TeamService.class).findAll();
        var users = spring.getBean(UserService.class);
        users.bootstrap(
                VIEWER,
                "Tile Viewer",
                "demo",
                false,
                false,
                Set.of(Role.VIEWER),
                teams.stream().filter(t -> t.getName().equals("Desk A")).toList());
        users.bootstrap(
                ANALYST,
                "Tile Analyst",
                "demo",
                false,
                false,
                Set.of(Role.ANALYST),
                teams.stream().filter(t -> t.getName().equals("Desk B")).toList());
        users.bootstrap(
                EMPTY,
                "Tile Empty",
                "demo",
                false,
                false,
                Set.of(Role.VIEWER),
                teams.stream().filter(t -> t.getName().equals("Desk A")).toList());
        var watchlists = spring.getBean(WatchlistService.class);
        as(VIEWER, Role.VIEWER);
        watchlists.setMyProducts(List.of(ND, DY, FOB, SINGLE, NONE));
        as(ANALYST, Role.ANALYST);
        watchlists.setMyProducts(List.of(DY));
        as(EMPTY, Role.VIEWER);
        watchlists.setMyProducts(List.of());
    }

    private static ProductData product(
            String code,
            Element element,
            MaterialForm form,
            String purity,
            MarketBasis basis,
            PriceCurrency currency,
            PriceUnit unit,
            int scale) {
        return ProductData.of(code, element, form, new BigDecimal(purity), basis, currency, unit, scale);
    }
}
