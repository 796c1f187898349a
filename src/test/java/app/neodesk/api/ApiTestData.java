package app.neodesk.api;

import app.neodesk.catalog.Element;
import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductData;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import app.neodesk.driver.Direction;
import app.neodesk.driver.DriverCategory;
import app.neodesk.driver.DriverData;
import app.neodesk.driver.DriverService;
import app.neodesk.driver.Impact;
import app.neodesk.driver.Visibility;
import app.neodesk.quote.ImportProgress;
import app.neodesk.quote.ImportRow;
import app.neodesk.quote.QuoteImportService;
import app.neodesk.support.SeedData;
import app.neodesk.support.TestProducts;
import app.neodesk.team.Role;
import app.neodesk.team.Team;
import app.neodesk.team.TeamService;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/**
 * Market-like data of the API tests, created once through the services:
 * <ul>
 *   <li>{@value #ND}: Nd metal (CNY/t, scale 0) from Yangtze: 2019-06-03 mid 880,000, then after a gap of
 *   years {@value #RUN} weekdays from 2025-07-01 (mid 960,000 rising 1,000 a day, low/high ∓5,000), then
 *   2025-12-30 1,085,000 and 2025-12-31 1,085,000 (unchanged); one comment is formula-like text;</li>
 *   <li>{@value #PR}: Pr metal (CNY/t) for the write tests, one quote 2025-06-02 at 760,000;</li>
 *   <li>two drivers on {@value #ND} by {@code analyst} (Desk A): one for Desk A only, one for everyone.</li>
 * </ul>
 */
public class ApiTestData extends SeedData {

    public static final String ND = "api-nd-metal";
    public static final String PR = "api-pr-metal";
    public static final int RUN = 120;
    /** Quotes of {@value #ND}: the 2019 one, the run and the two December days. */
    public static final int ND_QUOTES = RUN + 3;

    public static final LocalDate LAST = LocalDate.of(2025, 12, 31);
    public static final String FORMULA = "=HYPERLINK(\"http://x\")";
    public static final String TEAM_TITLE = "API test: Desk A only, Baotou smelter maintenance";
    public static final String EVERYONE_TITLE = "API test: MOFCOM export licences for Nd-Fe-B technology";

    @Override
    protected void seed(ApplicationContext spring) {
        var products = spring.getBean(ProductService.class);
        as("admin", Role.ADMIN);
        if (products.findByCode(ND).isPresent()) {
            return;
        }
        var yangtze = spring.getBean(SourceService.class).findByCode("yangtze").orElseThrow();
        for (var p : List.of(product(ND, Element.ND), product(PR, Element.PR))) {
            products.create(p.withMainSource(yangtze.requireId()));
        }
        var rows = new ArrayList<ImportRow>();
        rows.add(row(LocalDate.of(2019, 6, 3), ND, 880_000, null));
        var day = LocalDate.of(2025, 7, 1);
        for (int i = 0; i < RUN; i++) {
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
            rows.add(row(day, ND, 960_000 + i * 1_000L, i == 7 ? FORMULA : null));
            day = day.plusDays(1);
        }
        rows.add(row(LocalDate.of(2025, 12, 30), ND, 1_085_000, "SMM close"));
        rows.add(row(LAST, ND, 1_085_000, "unchanged"));
        rows.add(row(LocalDate.of(2025, 6, 2), PR, 760_000, null));
        var report = spring.getBean(QuoteImportService.class).importRows(rows, "api-test-data", ImportProgress.NONE);
        if (!report.problems().isEmpty()) {
            throw new IllegalStateException("API test data refused: " + report.problems());
        }
        as("analyst", Role.ANALYST);
        var drivers = spring.getBean(DriverService.class);
        var deskA = spring.getBean(TeamService.class).myTeams();
        var nd = products.findByCode(ND).orElseThrow();
        drivers.create(driver(TEAM_TITLE, nd, Visibility.TEAM, deskA, DriverCategory.SUPPLY));
        drivers.create(driver(EVERYONE_TITLE, nd, Visibility.EVERYONE, Set.of(), DriverCategory.POLICY));
    }

    private static DriverData driver(
            String title, Product product, Visibility visibility, Collection<Team> teams, DriverCategory category) {
        return new DriverData(
                title,
                LocalDate.of(2025, 10, 9),
                null,
                Set.of(product),
                category,
                Direction.BULLISH,
                Impact.MEDIUM,
                Set.of(),
                visibility,
                Set.copyOf(teams),
                null,
                null,
                "Seen in the API tests");
    }

    private static ImportRow row(LocalDate date, String product, long mid, String comment) {
        return new ImportRow(
                1,
                date,
                product,
                "yangtze",
                BigDecimal.valueOf(mid - 5_000),
                BigDecimal.valueOf(mid + 5_000),
                BigDecimal.valueOf(mid),
                comment);
    }

    private static ProductData product(String code, Element element) {
        return TestProducts.chinaSpot(code, element, MaterialForm.METAL, PriceUnit.T);
    }
}
