package app.neodesk.demo;

import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.Source;
import app.neodesk.catalog.SourceService;
import app.neodesk.quote.ImportProgress;
import app.neodesk.quote.ImportRow;
import app.neodesk.quote.QuoteDraft;
import app.neodesk.quote.QuoteImportService;
import app.neodesk.quote.QuoteService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Demo quotes: the seed note's two days (always) and, if enabled, a reproducible ten-year
 * working-day random walk for every demo product from its main source that ends right before the
 * seed days at their level.
 */
@Component
class DemoQuotes {

    static final LocalDate SEED_DAY_1 = LocalDate.of(2026, 2, 10);
    static final LocalDate SEED_DAY_2 = LocalDate.of(2026, 2, 11);
    static final LocalDate HISTORY_START = LocalDate.of(2016, 1, 4);
    static final LocalDate HISTORY_END = LocalDate.of(2026, 2, 9);
    static final long RANDOM_SEED = 20260211L;
    private static final Logger log = LoggerFactory.getLogger(DemoQuotes.class);

    /** Where each product's walk ends on {@link #HISTORY_END}, its price step, and its range half-width in steps. */
    private record Walk(String anchor, String step, int halfWidthSteps, double dailyVolatility) {}

    private static final Map<String, Walk> WALKS = Map.of(
            "nd-metal-cn", new Walk("1045000", "1000", 5, 0.011),
            "nd-oxide-cn", new Walk("870000", "1000", 5, 0.011),
            "pr-oxide-cn", new Walk("880000", "1000", 5, 0.011),
            "prnd-oxide-cn", new Walk("850000", "500", 10, 0.011),
            "dy-oxide-cn", new Walk("1450", "1", 10, 0.010),
            "tb-oxide-cn", new Walk("6800", "1", 40, 0.010),
            "prnd-oxide-fob", new Walk("118.50", "0.01", 150, 0.009));

    private final QuoteService quotes;
    private final QuoteImportService imports;
    private final ProductService products;
    private final SourceService sources;

    DemoQuotes(QuoteService quotes, QuoteImportService imports, ProductService products, SourceService sources) {
        this.quotes = quotes;
        this.imports = imports;
        this.products = products;
        this.sources = sources;
    }

    /** Runs as an admin (the caller's system authentication). */
    void create(boolean history) {
        if (history) {
            long started = System.nanoTime();
            var rows = history();
            var report = imports.importRows(rows, "generated demo history", ImportProgress.NONE);
            log.info(
                    "Demo mode: generated {} history quotes in {} ms",
                    report.imported(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        var yangtze = sources.findByCode("yangtze").orElseThrow();
        seed("nd-metal-cn", yangtze, SEED_DAY_1, "1045000", "1055000", "1050000");
        seed("nd-oxide-cn", yangtze, SEED_DAY_1, "870000", "880000", "875000");
        seed("nd-metal-cn", yangtze, SEED_DAY_2, "1080000", "1090000", "1085000");
        seed("nd-oxide-cn", yangtze, SEED_DAY_2, "900000", "910000", "905000");
    }

    private void seed(String productCode, Source source, LocalDate date, String low, String high, String mid) {
        var product = products.findByCode(productCode).orElseThrow();
        quotes.enter(new QuoteDraft(
                product.requireId(),
                source.requireId(),
                date,
                new BigDecimal(low),
                new BigDecimal(high),
                new BigDecimal(mid),
                date.equals(SEED_DAY_2) ? "Seed note: Yangtze Nonferrous Metals Network" : null,
                true));
    }

    /** The generated rows, the same on every run. */
    List<ImportRow> history() {
        var rows = new ArrayList<ImportRow>();
        var random = new SplittableRandom(RANDOM_SEED);
        for (Product product : products.findAll()) {
            var walk = WALKS.get(product.getCode());
            var source = product.getMainSource();
            if (walk == null || source == null) {
                continue;
            }
            rows.addAll(walk(product, source, walk, random.split()));
        }
        return rows;
    }

    /** Walks backwards from the anchor so the series meets the seed days exactly where planned. */
    private static List<ImportRow> walk(Product product, Source source, Walk walk, SplittableRandom random) {
        var rows = new ArrayList<ImportRow>();
        var step = new BigDecimal(walk.step());
        var anchor = new BigDecimal(walk.anchor());
        double level = anchor.doubleValue();
        double floor = level * 0.25;
        double ceiling = level * 1.6;
        // Going back in time prices were lower on average: a small drift down per day backwards.
        double drift = -Math.log(2.2) / 2600;
        for (var day = HISTORY_END; !day.isBefore(HISTORY_START); day = day.minusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            BigDecimal mid = day.equals(HISTORY_END) ? anchor : roundToStep(BigDecimal.valueOf(level), step);
            var half = step.multiply(BigDecimal.valueOf(walk.halfWidthSteps()));
            rows.add(new ImportRow(
                    0, day, product.getCode(), source.getCode(), mid.subtract(half), mid.add(half), mid, null));
            // Most days are quiet; some move a lot.
            double shock = random.nextDouble() < 0.35 ? 0 : random.nextGaussian() * walk.dailyVolatility();
            level = Math.min(ceiling, Math.max(floor, level * Math.exp(drift + shock)));
        }
        return rows.reversed();
    }

    private static BigDecimal roundToStep(BigDecimal value, BigDecimal step) {
        return value.divide(step, 0, RoundingMode.HALF_UP).multiply(step);
    }
}
