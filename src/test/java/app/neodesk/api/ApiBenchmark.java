package app.neodesk.api;

import static app.neodesk.support.BenchmarkReport.upperMedian;
import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.TestClockConfig;
import app.neodesk.catalog.Element;
import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import app.neodesk.quote.ImportProgress;
import app.neodesk.quote.ImportRow;
import app.neodesk.quote.QuoteFilter;
import app.neodesk.quote.QuoteImportService;
import app.neodesk.quote.QuoteService;
import app.neodesk.security.SystemAuthentication;
import app.neodesk.support.BenchmarkReport;
import app.neodesk.support.TestProducts;
import app.neodesk.team.AppUserRepository;
import app.neodesk.team.UserService;
import app.neodesk.token.ApiTokenService;
import app.neodesk.token.TestAs;
import app.neodesk.token.TokenScope;
import app.neodesk.token.TokenUsers;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The API's read path against a same-run baseline. Not part of the normal build:
 * <pre>
 * ./mvnw test -Dtest=ApiBenchmark -Dneodesk.benchmark=api
 * </pre>
 * In-memory H2 (test profile), {@value #ROWS} quotes of one product. Median of {@value #RUNS} runs after
 * {@value #WARMUP} warm-ups of real HTTP requests, sent by curl on a kept-alive connection, to the
 * embedded Tomcat with a real bearer token (so
 * the token check, the rate limit, the filter chain and the JSON or CSV body are all in): {@code GET
 * /api/v1/quotes?limit=500} against {@link QuoteService#historyAfter} of the same 501 rows, and {@code
 * format=csv} of every row against {@link QuoteService#exportCsv} into a discarding stream. Results go
 * to target/benchmark-api.md.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "neodesk.benchmark", matches = "api")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "neodesk.api.rate-limit-per-minute=100000")
@ActiveProfiles("test")
@Import(TestClockConfig.class)
class ApiBenchmark {

    static final String PRODUCT = "api-bench-nd";
    static final int ROWS = 10_000;
    static final int WARMUP = 50;
    static final int RUNS = 51;

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
    QuoteImportService imports;

    @Autowired
    ProductService products;

    @Autowired
    SourceService sources;

    @Test
    void pageOf500AndCsvOf10000() throws Exception {
        long productId = seed();
        TokenUsers.ensure(users, accounts);
        String token = TestAs.call(
                        TokenUsers.VIEWER, "VIEWER", () -> tokens.create("benchmark", TokenScope.READ, null, null))
                .token();
        var base = "http://localhost:" + port + "/api/v1/";
        var page = base + "quotes?limit=500&product=" + PRODUCT;
        var csv = base + "quotes?format=csv&product=" + PRODUCT;
        var filter = new QuoteFilter(Set.of(productId), null, null, null);
        assertThat(new String(get(page, token), StandardCharsets.UTF_8).split("\"date\""))
                .hasSize(501);
        assertThat(new String(get(csv, token), StandardCharsets.UTF_8).split("\r\n"))
                .hasSize(ROWS + 1);
        assertThat(new String(get(base + "me", token), StandardCharsets.UTF_8)).contains(TokenUsers.VIEWER);

        double apiMe = curl(base + "me", token);
        double apiPage = curl(page, token);
        double basePage = median(() -> SystemAuthentication.call(() -> quotes.historyAfter(filter, null, 501)));
        double apiCsv = curl(csv, token);
        double baseCsv = median(() -> SystemAuthentication.call(() -> {
            try {
                return quotes.exportCsv(filter, OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        var report = new BenchmarkReport("benchmark-api.md");
        report.line(
                "%s; real HTTP from curl with a bearer token; median of %d runs after %d warm-ups, %,d quotes of one"
                        + " product",
                report.machineWithoutMemory(), RUNS, WARMUP, ROWS);
        report.line("");
        report.line("| request | API ms | baseline ms | baseline | ratio |");
        report.line("|---|---:|---:|---|---:|");
        report.line(
                "| GET /api/v1/quotes?limit=500 (JSON) | **%.2f** | %.2f | QuoteService.historyAfter, 501 rows | %.1f |",
                apiPage, basePage, apiPage / basePage);
        report.line(
                "| GET /api/v1/quotes?format=csv (%,d rows) | **%.2f** | %.2f | QuoteService.exportCsv to a null stream"
                        + " | %.1f |",
                ROWS, apiCsv, baseCsv, apiCsv / baseCsv);
        report.line(
                "| GET /api/v1/me (the cost of any request: token check, chain, tiny JSON) | **%.2f** | | | |", apiMe);
        report.write();
    }

    /**
     * The median {@code time_total} of {@value #RUNS} requests after {@value #WARMUP} warm-ups, sent by one
     * curl process on one kept-alive connection: a client outside the server's JVM, as a trader's script is.
     */
    private static double curl(String url, String token) throws IOException, InterruptedException {
        var command = new ArrayList<>(
                List.of("curl", "-s", "-H", "Authorization: Bearer " + token, "-w", "%{http_code} %{time_total}\\n"));
        for (int i = 0; i < WARMUP + RUNS; i++) {
            command.addAll(List.of("-o", "/dev/null", url));
        }
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .strip()
                .split("\n");
        assertThat(process.waitFor()).isZero();
        assertThat(lines).hasSize(WARMUP + RUNS).allMatch(line -> line.startsWith("200 "));
        var times = Arrays.stream(lines)
                .skip(WARMUP)
                .mapToDouble(line -> Double.parseDouble(line.substring(4)) * 1000)
                .toArray();
        return upperMedian(times);
    }

    /**
     * One request with the JDK's plain {@link HttpURLConnection} on a kept-alive connection, the whole body
     * read. (The JDK's {@code HttpClient} adds about 4 ms of its own per request on this machine.)
     */
    private static byte[] get(String url, String token) throws IOException {
        var connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        connection.setRequestProperty("Authorization", "Bearer " + token);
        if (connection.getResponseCode() != 200) {
            throw new IllegalStateException(url + " answered " + connection.getResponseCode());
        }
        try (var in = connection.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private long seed() {
        return SystemAuthentication.call(() -> {
            var existing = products.findByCode(PRODUCT);
            if (existing.isPresent()) {
                return existing.get().getId();
            }
            var p = TestProducts.chinaSpot(PRODUCT, Element.ND, MaterialForm.METAL, PriceUnit.T);
            products.create(
                    p.withMainSource(sources.findByCode("yangtze").orElseThrow().requireId()));
            var rows = new ArrayList<ImportRow>();
            var day = LocalDate.of(1990, 1, 2); // every calendar day: 10,000 end in 2017
            for (int i = 0; i < ROWS; i++) {
                long mid = 600_000 + (i % 200) * 1_000L;
                rows.add(new ImportRow(
                        i + 2,
                        day,
                        PRODUCT,
                        "yangtze",
                        BigDecimal.valueOf(mid - 5_000),
                        BigDecimal.valueOf(mid + 5_000),
                        BigDecimal.valueOf(mid),
                        null));
                day = day.plusDays(1);
            }
            var report = imports.importRows(rows, "api-benchmark", ImportProgress.NONE);
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
        return upperMedian(times);
    }

    @FunctionalInterface
    interface ThrowingSupplier {
        Object get() throws Exception;
    }
}
