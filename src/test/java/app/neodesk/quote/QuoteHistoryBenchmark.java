package app.neodesk.quote;

import static app.neodesk.support.BenchmarkReport.upperMedian;
import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.base.CatalogChanged;
import app.neodesk.catalog.ProductService;
import app.neodesk.security.SystemAuthentication;
import app.neodesk.support.BenchmarkReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * History query and import benchmark on at least 2,000,000 quotes. Not part of the normal build.
 * <pre>
 * ./mvnw -o test -Dtest=QuoteHistoryBenchmark -Dneodesk.benchmark=h2
 * ./mvnw -o test -Dtest=QuoteHistoryBenchmark -Dneodesk.benchmark=postgres   # NEODESK_TEST_POSTGRES_URL/USER
 * </pre>
 * The data set is generated once per database (H2 file ./data/bench/neodesk-bench, PostgreSQL schema
 * neodesk_bench) and reused by later runs. H2 runs with OPTIMIZE_REUSE_RESULTS=FALSE so repeated
 * identical queries are really executed, not served from H2's last-result cache. Results go to target/benchmark-&lt;db&gt;.md.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "neodesk.benchmark", matches = "h2|postgres")
@SpringBootTest(properties = "neodesk.quotes.earliest-date=1700-01-01") // the import goes back 100,000 days
@ActiveProfiles("test")
class QuoteHistoryBenchmark {

    static final int PRODUCTS = 250;
    static final int DAYS = 2000;
    static final int PAGE = 50;
    static final int RUNS = 21;
    /**
     * Rounds over all pages (service and raw SQL alike) before any is timed, then 3 more calls of
     * each page right before it is timed. 0 by default, as in the first sittings (3 calls per page);
     * a few hundred let the JIT compile the service's longer path as it is in a running server
     * ({@code -Dneodesk.benchmark.warmups=300}).
     */
    static final int WARMUPS = Integer.getInteger("neodesk.benchmark.warmups", 0);

    static final int IMPORT_ROWS = 100_000;
    static final LocalDate LAST_DAY = LocalDate.of(2026, 2, 9);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if ("postgres".equals(System.getProperty("neodesk.benchmark"))) {
            var url =
                    System.getenv().getOrDefault("NEODESK_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
            registry.add(
                    "spring.datasource.url",
                    () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=neodesk_bench");
            registry.add(
                    "spring.datasource.username",
                    () -> System.getenv().getOrDefault("NEODESK_TEST_POSTGRES_USER", "postgres"));
            registry.add(
                    "spring.datasource.password",
                    () -> System.getenv().getOrDefault("NEODESK_TEST_POSTGRES_PASSWORD", ""));
            registry.add("spring.flyway.default-schema", () -> "neodesk_bench");
            registry.add("spring.flyway.schemas", () -> "neodesk_bench");
            registry.add("spring.flyway.create-schemas", () -> "true");
        } else {
            registry.add(
                    "spring.datasource.url",
                    () -> "jdbc:h2:file:./data/bench/neodesk-bench;AUTO_SERVER=FALSE;OPTIMIZE_REUSE_RESULTS=FALSE");
        }
    }

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    QuoteService quotes;

    @Autowired
    QuoteImportService imports;

    @Autowired
    ProductService products;

    @Autowired
    DataSource dataSource;

    private final BenchmarkReport report =
            new BenchmarkReport("benchmark-" + System.getProperty("neodesk.benchmark") + ".md");

    @Test
    void historyPagesStayFastAtTwoMillionQuotes() throws Exception {
        String db = System.getProperty("neodesk.benchmark");
        long existing = count("select count(*) from quote");
        if (existing < (long) PRODUCTS * 4 * DAYS) {
            long t = System.nanoTime();
            generate();
            report.line("Generated the data set in %.1f s", (System.nanoTime() - t) / 1e9);
            // The products went in through JDBC, past the catalog's change events: as if another node had
            // written them, so the cached catalog is dropped and the next read loads them.
            events.publishEvent(CatalogChanged.ELSEWHERE);
        }
        long total = count("select count(*) from quote");
        assertThat(total).isGreaterThanOrEqualTo(2_000_000);
        report.line(
                "Database: %s, quotes: %,d, page size %d, median of %d runs after %d warm-up rounds over all pages and 3 calls per page, service and raw SQL in turns",
                db, total, PAGE, RUNS, WARMUPS);
        report.line(report.machine());
        report.line("");
        report.line("| query | service median ms | raw SQL median ms | ratio |");
        report.line("|---|---:|---:|---:|");

        long productId = SystemAuthentication.call(
                () -> products.findByCode("bench-p125").orElseThrow().getId());
        var all = QuoteFilter.all();
        var one = QuoteFilter.ofProduct(productId);
        var pages = List.of(
                new Page("first page, all products", all, null),
                new Page("deep page (row 1,000,000), all products", all, cursorAt(all, 1_000_000)),
                new Page("first page, one product", one, null),
                new Page("deep page (row 4,000 of 8,000), one product", one, cursorAt(one, 4_000)),
                new Page("deep page (last rows), one product", one, cursorAt(one, 7_900)));
        // Every page in turn before any is timed, so that the first one timed does not also pay for
        // compiling the shared service path.
        for (int i = 0; i < WARMUPS; i++) {
            for (var page : pages) {
                SystemAuthentication.call(() -> quotes.historyAfter(page.filter(), page.cursor(), PAGE));
                var params = new MapSqlParameterSource();
                rawFetch(QuoteJdbc.historySql(page.filter(), page.cursor(), 0, PAGE, params), params);
            }
        }
        for (var page : pages) {
            measure(page.label(), page.filter(), page.cursor());
        }
        if (Boolean.getBoolean("neodesk.benchmark.pages-only")) { // -Dneodesk.benchmark.pages-only=true
            report.line("");
            System.out.println("\n" + report);
            return;
        }
        // For contrast: what an OFFSET query costs at depth (why the grid uses keyset paging).
        var offsetMs = median(
                5,
                () -> SystemAuthentication.call(
                        () -> quotes.history(all, PageRequest.of(20_000, PAGE)).getContent()));
        report.line("| offset page (row 1,000,000), all products, for contrast | %.2f | | |", offsetMs);
        report.line("");
        importBenchmark();
        report.write();
    }

    private record Page(
            String label, QuoteFilter filter, @Nullable HistoryCursor cursor) {}

    private void measure(String label, QuoteFilter filter, @Nullable HistoryCursor cursor) {
        var params = new MapSqlParameterSource();
        var sql = QuoteJdbc.historySql(filter, cursor, 0, PAGE, params);
        // Service and raw SQL take turns, so a burst of load on a shared machine hits both alike.
        double[] medians = interleavedMedians(
                RUNS,
                () -> SystemAuthentication.call(() -> quotes.historyAfter(filter, cursor, PAGE)),
                () -> rawFetch(sql, params));
        double service = medians[0];
        double raw = medians[1];
        var rows = SystemAuthentication.call(() -> quotes.historyAfter(filter, cursor, PAGE));
        assertThat(rows).hasSize(PAGE);
        report.line("| %s | %.2f | %.2f | %.2f |", label, service, raw, service / raw);
    }

    private HistoryCursor cursorAt(QuoteFilter filter, long row) {
        var rows = SystemAuthentication.call(() ->
                quotes.history(filter, PageRequest.of((int) (row / PAGE), PAGE)).getContent());
        return HistoryCursor.after(rows.getFirst());
    }

    /** The same SQL through plain JDBC: rows read into simple arrays, no mapping to objects. */
    private List<Object[]> rawFetch(String namedSql, MapSqlParameterSource params) {
        var template = new NamedParameterJdbcTemplate(dataSource);
        return template.query(namedSql, params, (rs, n) -> {
            var r = new Object[13];
            for (int i = 0; i < 13; i++) {
                r[i] = rs.getObject(i + 1);
            }
            return r;
        });
    }

    /** The medians of {@code a} and {@code b}, run in turns after 3 more warm-ups each. */
    private static double[] interleavedMedians(int runs, Supplier<?> a, Supplier<?> b) {
        for (int i = 0; i < 3; i++) {
            a.get();
            b.get();
        }
        double[] msA = new double[runs];
        double[] msB = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            a.get();
            msA[i] = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            b.get();
            msB[i] = (System.nanoTime() - t) / 1e6;
        }
        return new double[] {upperMedian(msA), upperMedian(msB)};
    }

    private static double median(int runs, Supplier<?> work) {
        for (int i = 0; i < 3; i++) {
            work.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return upperMedian(ms);
    }

    private void importBenchmark() throws Exception {
        // A fresh series each run: product bench-imp, source inhouse, 100,000 days back from 2026-02-09.
        long productId = SystemAuthentication.call(
                () -> products.findByCode("bench-imp").orElseThrow().getId());
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().executeUpdate("delete from quote where product_id = " + productId);
        }
        var csv = new StringBuilder("date,product,source,low,high,mid,comment\n");
        var day = LAST_DAY;
        var random = new SplittableRandom(7);
        long mid = 500_000;
        for (int i = 0; i < IMPORT_ROWS; i++) {
            csv.append(day)
                    .append(",bench-imp,inhouse,")
                    .append(mid - 5000)
                    .append(',')
                    .append(mid + 5000)
                    .append(',')
                    .append(mid)
                    .append(",\n");
            day = day.minusDays(1);
            mid = Math.max(100_000, mid + (random.nextInt(5) - 2) * 1000L);
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        long t = System.nanoTime();
        var result = SystemAuthentication.call(() -> {
            try {
                return imports.importCsv(new ByteArrayInputStream(bytes), "bench.csv", ImportProgress.NONE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        double seconds = (System.nanoTime() - t) / 1e9;
        assertThat(result.problems()).isEmpty();
        assertThat(result.imported()).isEqualTo(IMPORT_ROWS);
        report.line(
                "CSV import of %,d rows (%.1f MB, one new series, all-or-nothing checks, JDBC batches, prev_mid upkeep):"
                        + " %.1f s",
                IMPORT_ROWS, bytes.length / 1e6, seconds);
        // The identical file again: every row is skipped as identical.
        t = System.nanoTime();
        var again = SystemAuthentication.call(() -> {
            try {
                return imports.importCsv(new ByteArrayInputStream(bytes), "bench.csv", ImportProgress.NONE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(again.skipped()).isEqualTo(IMPORT_ROWS);
        report.line(
                "Re-import of the same file (all %,d rows identical, skipped): %.1f s",
                IMPORT_ROWS, (System.nanoTime() - t) / 1e9);
    }

    /** 250 products x 4 sources x 2,000 working days, with prev_mid computed while generating. */
    private void generate() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            var sources = new ArrayList<Long>();
            try (var rs = c.createStatement().executeQuery("select id from source order by id")) {
                while (rs.next()) {
                    sources.add(rs.getLong(1));
                }
            }
            var sourceIds = sources.subList(0, 4);
            var productIds = new ArrayList<Long>();
            try (var ps = c.prepareStatement(
                    "insert into product (id, version, code, element, form, min_purity,"
                            + " market_basis, currency, unit, price_scale, active) values (?,0,?,'ND','METAL',99.5,'CN_EXW','CNY','T',0,true)")) {
                for (int p = 0; p <= PRODUCTS; p++) {
                    long id = 1_000_000 + p;
                    ps.setLong(1, id);
                    ps.setString(2, p == PRODUCTS ? "bench-imp" : "bench-p%03d".formatted(p));
                    ps.addBatch();
                    if (p < PRODUCTS) {
                        productIds.add(id);
                    }
                }
                ps.executeBatch();
            }
            c.commit();
            var days = new ArrayList<LocalDate>();
            for (var d = LAST_DAY; days.size() < DAYS; d = d.minusDays(1)) {
                if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    days.add(d);
                }
            }
            days.sort(null);
            var at = OffsetDateTime.ofInstant(Instant.parse("2026-02-10T00:00:00Z"), ZoneOffset.UTC);
            var random = new SplittableRandom(42);
            long id = 1_000_000_000L;
            int inBatch = 0;
            try (var ps = c.prepareStatement("insert into quote (id, version, product_id, source_id, quote_date, low,"
                    + " high, mid, prev_mid, comment, entered_by, entered_at, revision_count, deleted_id)"
                    + " values (?,0,?,?,?,?,?,?,?,null,'bench',?,0,0)")) {
                for (long productId : productIds) {
                    for (long sourceId : sourceIds) {
                        long mid = 400_000 + random.nextInt(600) * 1000L;
                        Long prev = null;
                        for (var day : days) {
                            ps.setLong(1, id++);
                            ps.setLong(2, productId);
                            ps.setLong(3, sourceId);
                            ps.setDate(4, Date.valueOf(day));
                            ps.setBigDecimal(5, BigDecimal.valueOf(mid - 5000));
                            ps.setBigDecimal(6, BigDecimal.valueOf(mid + 5000));
                            ps.setBigDecimal(7, BigDecimal.valueOf(mid));
                            ps.setBigDecimal(8, prev == null ? null : BigDecimal.valueOf(prev));
                            ps.setObject(9, at);
                            ps.addBatch();
                            prev = mid;
                            mid = Math.max(50_000, mid + (random.nextInt(5) - 2) * 1000L);
                            if (++inBatch == 5000) {
                                ps.executeBatch();
                                c.commit();
                                inBatch = 0;
                            }
                        }
                    }
                }
                ps.executeBatch();
                c.commit();
            }
            if (c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                c.setAutoCommit(true);
                c.createStatement().execute("analyze quote");
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
