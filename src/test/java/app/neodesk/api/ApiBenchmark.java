package app.neodesk.api;

import app.neodesk.catalog.Element;
import app.neodesk.catalog.MarketBasis;
import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.PriceCurrency;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import app.neodesk.quote.ImportProgress;
import app.neodesk.quote.ImportRow;
import app.neodesk.quote.QuoteFilter;
import app.neodesk.quote.QuoteService;
import app.neodesk.security.SystemAuthentication;
import app.neodesk.TestClockConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Set;

import static app.neodesk.api.ApiMvc.readToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The API's read path against a same-run baseline. Not part of the normal build:
 * <pre>
 * ./mvnw test -Dtest=ApiBenchmark -Dneodesk.benchmark=api
 * </pre>
 * In-memory H2 (test profile), {@value #ROWS} quotes of one product. Median of {@value #RUNS} runs after
 * {@value #WARMUP} warm-ups of: {@code GET /api/v1/quotes?limit=500} through MockMvc and the whole filter
 * chain (JSON text included) against {@link QuoteService#historyAfter} of the same 501 rows; and
 * {@code format=csv} of every row against {@link QuoteService#exportCsv} into a discarding stream.
 * Results go to target/benchmark-api.md.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "neodesk.benchmark", matches = "api")
@SpringBootTest
@ActiveProfiles("test")
@Import(TestClockConfig.class)
class ApiBenchmark {

    static final String PRODUCT = "api-bench-nd";
    static final int ROWS = 10_000;
    static final int WARMUP = 10;
    static final int RUNS = 25;

    @Autowired
    WebApplicationContext context;
    @Autowired
    QuoteService quotes;
    @Autowired
    ProductService products;
    @Autowired
    SourceService sources;

    @Test
    void pageOf500AndCsvOf10000() throws Exception {
        long productId = seed();
        var mvc = ApiMvc.build(context);
        var filter = new QuoteFilter(Set.of(productId), null, null, null);
        var page = get("/api/v1/quotes").param("product", PRODUCT).param("limit", "500").with(readToken("trader"));
        var csv = get("/api/v1/quotes").param("product", PRODUCT).param("format", "csv").with(readToken("trader"));
        assertThat(mvc.perform(csv).andReturn().getResponse().getContentAsString().split("\r\n")).hasSize(ROWS + 1);

        double apiPage = median(() -> mvc.perform(page).andReturn().getResponse().getContentAsByteArray());
        double basePage = median(() -> SystemAuthentication.call(() -> quotes.historyAfter(filter, null, 501)));
        double apiCsv = median(() -> mvc.perform(csv).andReturn().getResponse().getContentAsByteArray());
        double baseCsv = median(() -> SystemAuthentication.call(() -> {
            try {
                return quotes.exportCsv(filter, OutputStream.nullOutputStream());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
        var report = String.format("""
                Machine: %d cores, Java %s; median of %d runs after %d warm-ups, %,d quotes of one product
                
                | request | API ms | baseline ms | baseline | ratio |
                |---|---:|---:|---|---:|
                | GET /api/v1/quotes?limit=500 (JSON) | **%.2f** | %.2f | QuoteService.historyAfter, 501 rows | %.1f |
                | GET /api/v1/quotes?format=csv (%,d rows) | **%.2f** | %.2f | QuoteService.exportCsv to a null stream | %.1f |
                """, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), RUNS, WARMUP, ROWS,
                apiPage, basePage, apiPage / basePage, ROWS, apiCsv, baseCsv, apiCsv / baseCsv);
        var out = Path.of("target", "benchmark-api.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println("\n" + report);
    }

    private long seed() {
        return SystemAuthentication.call(() -> {
            var existing = products.findByCode(PRODUCT);
            if (existing.isPresent()) {
                return existing.get().getId();
            }
            var p = new Product(PRODUCT, Element.ND, MaterialForm.METAL, new BigDecimal("99.5"), MarketBasis.CN_EXW,
                    PriceCurrency.CNY, PriceUnit.T, 0);
            p.setMainSource(sources.findByCode("yangtze").orElseThrow());
            products.save(p, LocalDate.of(1990, 1, 2));
            var rows = new ArrayList<ImportRow>();
            var day = LocalDate.of(1990, 1, 2); // every calendar day: 10,000 end in 2017
            for (int i = 0; i < ROWS; i++) {
                long mid = 600_000 + (i % 200) * 1_000L;
                rows.add(new ImportRow(i + 2, day, PRODUCT, "yangtze", BigDecimal.valueOf(mid - 5_000),
                        BigDecimal.valueOf(mid + 5_000), BigDecimal.valueOf(mid), null));
                day = day.plusDays(1);
            }
            var report = quotes.importRows(rows, "api-benchmark", ImportProgress.NONE);
            assertThat(report.problems()).isEmpty();
            return products.findByCode(PRODUCT).orElseThrow().getId();
        });
    }

    private static double median(ThrowingSupplier work) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            work.get();
        }
        var times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }

    @FunctionalInterface
    interface ThrowingSupplier {
        Object get() throws Exception;
    }
}
