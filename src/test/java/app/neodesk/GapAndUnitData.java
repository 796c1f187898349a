package app.neodesk;

import app.neodesk.catalog.Element;
import app.neodesk.catalog.MarketBasis;
import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.PriceCurrency;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.ProductData;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import app.neodesk.dashboard.WatchlistService;
import app.neodesk.quote.ImportProgress;
import app.neodesk.quote.QuoteDraft;
import app.neodesk.quote.QuoteImportService;
import app.neodesk.quote.QuoteService;
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
 * Series with a gap of years, an ordinary weekend and a unit change, added once per test context
 * (before each test's Vaadin set-up, so views see them at init):
 * <ul>
 *   <li>{@value #GAP}: Nd metal from Yangtze, imported from {@code quotes/gap-and-weekend-100ppi.csv}:
 *   2021-03-18 817,400, then 2023-06-01 640,000 (−21.70% vs 2021-03-18), 2023-06-02 630,000,
 *   Monday 2023-06-05 630,000 (nc after a weekend), 2023-06-06 635,000;</li>
 *   <li>{@value #GAP_TILE}: PrNd oxide, latest quote 2023-06-01 492,500 after 2021-03-18 629,000
 *   (−21.70%); {@value #WEEKEND_TILE}: Pr metal, latest Monday 2023-06-05 after Friday 2023-06-02;</li>
 *   <li>{@value #UNIT}: Dy oxide quoted in CNY/t up to 2023-09-01 (2,470,000 and 2,490,000), then moved
 *   to CNY/kg effective 2023-09-04 and quoted 2,490 CNY/kg that day;</li>
 *   <li>{@value #VIEWER} (Desk A) watching {@value #GAP_TILE} and {@value #WEEKEND_TILE}.</li>
 * </ul>
 */
public class GapAndUnitData extends SeedData {

    public static final String GAP = "nd-metal-gap";
    public static final String GAP_TILE = "prnd-oxide-gap";
    public static final String WEEKEND_TILE = "pr-metal-weekend";
    public static final String UNIT = "dy-oxide-unit";
    public static final String VIEWER = "gap-viewer";
    public static final LocalDate BEFORE_GAP = LocalDate.of(2021, 3, 18);
    public static final LocalDate AFTER_GAP = LocalDate.of(2023, 6, 1);
    public static final LocalDate FRIDAY = LocalDate.of(2023, 6, 2);
    public static final LocalDate MONDAY = LocalDate.of(2023, 6, 5);
    public static final LocalDate LAST_TONNE_DAY = LocalDate.of(2023, 9, 1);
    public static final LocalDate KG_FROM = LocalDate.of(2023, 9, 4);

    @Override
    protected void seed(ApplicationContext spring) {
        var products = spring.getBean(ProductService.class);
        as("admin", Role.ADMIN);
        if (products.findByCode(GAP).isPresent()) {
            return;
        }
        var sources = spring.getBean(SourceService.class);
        var quotes = spring.getBean(QuoteService.class);
        var yangtze = sources.findByCode("yangtze").orElseThrow();
        var created = LocalDate.of(2021, 1, 4);
        for (var p : List.of(
                product(GAP, Element.ND, MaterialForm.METAL, "99.5"),
                product(GAP_TILE, Element.PRND, MaterialForm.OXIDE, "99"),
                product(WEEKEND_TILE, Element.PR, MaterialForm.METAL, "99.5"),
                product(UNIT, Element.DY, MaterialForm.OXIDE, "99.5"))) {
            products.create(p.withMainSource(yangtze.requireId()));
        }
        try (var csv = GapAndUnitData.class.getResourceAsStream("/quotes/gap-and-weekend-100ppi.csv")) {
            var report = spring.getBean(QuoteImportService.class)
                    .importCsv(Objects.requireNonNull(csv), "gap-and-weekend-100ppi.csv", ImportProgress.NONE);
            if (!report.problems().isEmpty()) {
                throw new IllegalStateException("Fixture import failed: " + report.problems());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var dy = products.findByCode(UNIT).orElseThrow();
        long yangtzeId = Objects.requireNonNull(yangtze.getId());
        quotes.enter(draft(dy.getId(), yangtzeId, LocalDate.of(2023, 8, 31), "2460000", "2480000", false));
        quotes.enter(draft(dy.getId(), yangtzeId, LAST_TONNE_DAY, "2480000", "2500000", false));
        products.update(
                dy.requireId(), dy.getVersion(), ProductData.of(dy).withUnit(PriceCurrency.CNY, PriceUnit.KG), KG_FROM);
        // The same price per kg: a "move" of -99.9% that only the unit explains, so it is confirmed.
        quotes.enter(draft(dy.getId(), yangtzeId, KG_FROM, "2480", "2500", true));

        var deskA = spring.getBean(TeamService.class).findAll().stream()
                .filter(t -> t.getName().equals("Desk A"))
                .toList();
        spring.getBean(UserService.class)
                .bootstrap(VIEWER, "Gap Viewer", "demo", false, false, Set.of(Role.VIEWER), deskA);
        as(VIEWER, Role.VIEWER);
        spring.getBean(WatchlistService.class).setMyProducts(List.of(GAP_TILE, WEEKEND_TILE));
    }

    private static ProductData product(String code, Element element, MaterialForm form, String purity) {
        return ProductData.of(
                code, element, form, new BigDecimal(purity), MarketBasis.CN_EXW, PriceCurrency.CNY, PriceUnit.T, 0);
    }

    private static QuoteDraft draft(
            long productId, long sourceId, LocalDate date, String low, String high, boolean confirmed) {
        return new QuoteDraft(
                productId,
                sourceId,
                date,
                new BigDecimal(low),
                new BigDecimal(high),
                null,
                "100ppi flash, Dy oxide",
                confirmed);
    }
}
