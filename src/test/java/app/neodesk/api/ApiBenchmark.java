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
import app.neodesk.team.AppUserRepository;
import app.neodesk.team.UserService;
import app.neodesk.token.ApiTokenService;
import app.neodesk.token.TestAs;
import app.neodesk.token.TokenScope;
import app.neodesk.token.TokenUsers;
import app.neodesk.TestClockConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's read path against a same-run baseline. Not part of the normal build:
 * <pre>
 * ./mvnw test -Dtest=ApiBenchmark -Dneodesk.benchmark=api
 * </pre>
 * In-memory H2 (test profile), {@value #ROWS} quotes of one product. Median of {@value #RUNS} runs after
 * {@value #WARMUP} warm-ups of real HTTP requests to the embedded Tomcat with a real bearer token (so
 * the token check, the rate limit, the filter chain and the JSON or CSV body are all in): {@code GET
 * /api/v1/quotes?limit=500} against {@link QuoteService#historyAfter} of the same 501 rows, and {@code
 * format=csv} of every row against {@link QuoteService#exportCsv} into a discarding stream. Results go
 * to target/benchmark-api.md.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "neodesk.benchmark", matches = "api")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "neodesk.api.rate-limit-per-minute=100000")
@ActiveProfiles("test")
@Import(TestClockConfig.class)
class ApiBenchmark {

    static final String PRODUCT = "api-bench-nd";
    static final int ROWS = 10_000;
    static final int WARMUP = 10;
    static final int RUNS = 25;

    @LocalServerPort
    int port;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    UserService users;
    @Autowired
    AppUserRepository accounts;
    @Autowired
    QuoteService quotes;
    @Autowired
    ProductService products;
    @Autowired
    SourceService sources;

    @Test
    void pageOf500AndCsvOf10000() throws Exception {
        long productId = seed();
        TokenUsers.ensure(users, accounts);
        String token = TestAs.call(TokenUsers.VIEWER, "VIEWER",
                () -> tokens.create("benchmark", TokenScope.READ, null, null)).token();
        var http = HttpClient.newHttpClient();
        var base = "http://localhost:" + port + "/api/v1/quotes?product=" + PRODUCT;
        var page = HttpRequest.newBuilder(URI.create(base + "&limit=500")).header("Authorization", "Bearer " + token).build();
        var csv = HttpRequest.newBuilder(URI.create(base + "&format=csv")).header("Authorization", "Bearer " + token).build();
        var filter = new QuoteFilter(Set.of(productId), null, null, null);
        var firstPage = http.send(page, HttpResponse.BodyHandlers.ofString());
        assertThat(firstPage.statusCode()).isEqualTo(200);
        assertThat(firstPage.body().split("\"date\"")).hasSize(501);
        assertThat(http.send(csv, HttpResponse.BodyHandlers.ofString()).body().split("\r\n")).hasSize(ROWS + 1);

        double apiPage = median(() -> http.send(page, HttpResponse.BodyHandlers.ofByteArray()).body());
        double basePage = median(() -> SystemAuthentication.call(() -> quotes.historyAfter(filter, null, 501)));
        double apiCsv = median(() -> http.send(csv, HttpResponse.BodyHandlers.ofByteArray()).body());
        double baseCsv = median(() -> SystemAuthentication.call(() -> {
            try {
                return quotes.exportCsv(filter, OutputStream.nullOutputStream());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
        var report = String.format("""
                Machine: %d cores, Java %s; real HTTP with a bearer token; median of %d runs after %d warm-ups, %,d quotes of one product
                
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
