package app.neodesk.quote;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.catalog.Element;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.ProductService;
import app.neodesk.security.SystemAuthentication;
import app.neodesk.support.BenchmarkReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The import engine at 100,000 rows, end to end on H2 (file). Not part of the normal build:
 * <pre>
 * ./mvnw -B -ntp test -Dtest=QuoteImportBenchmark -Dneodesk.benchmark=import -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * Uses its own H2 file ./data/bench/neodesk-import-bench (git-ignored), made by Flyway on the first
 * run; each run deletes the benchmark product's quotes first. The file has 100,000 rows of one
 * series (product bench-engine, source inhouse, one row a day back from 2026-02-09, weekends
 * included, so about 28,600 weekend warnings); the product also has a stored quote from another
 * source every 250 days, so the scale guard has a level for every row. Results go to
 * target/benchmark-import.md.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "neodesk.benchmark", matches = "import")
@SpringBootTest(properties = "neodesk.quotes.earliest-date=1700-01-01") // the file goes back 100,000 days
@ActiveProfiles("test")
class QuoteImportBenchmark {

    static final int ROWS = 100_000;
    static final LocalDate LAST_DAY = LocalDate.of(2026, 2, 9);
    static final String PRODUCT = "bench-engine";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:file:./data/bench/neodesk-import-bench;AUTO_SERVER=FALSE;OPTIMIZE_REUSE_RESULTS=FALSE");
    }

    @Autowired
    QuoteImportService imports;

    @Autowired
    QuoteService quotes;

    @Autowired
    ProductService products;

    @Autowired
    DataSource dataSource;

    private final BenchmarkReport report = new BenchmarkReport("benchmark-import.md");

    @Test
    void aHundredThousandRowsStayWithinFifteenSeconds() throws Exception {
        var product = SystemAuthentication.call(() -> products.findByCode(PRODUCT)
                .orElseGet(() -> ImportTestData.product(products, PRODUCT, Element.ND, PriceUnit.T)));
        var dir = Files.createDirectories(Path.of("target", "bench-import"));
        var clean = dir.resolve("clean.csv");
        var defects = dir.resolve("defects.csv");
        write(clean, 0);
        write(defects, 10); // every 10th row: the vendor's average outside low–high
        report.line(
                "Import engine benchmark, H2 file, %,d rows per file (%.1f MB), %d cores, load average %.1f at start, Java %s",
                ROWS,
                Files.size(clean) / 1e6,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.version"));
        report.line("");
        report.line("| step | seconds | CPU seconds of the importing thread | result |");
        report.line("|---|---:|---:|---|");

        reset(product.getId());
        var preview = time(
                "preview (every row checked, nothing written), clean file",
                () -> imports.preview(ImportSource.csv(clean), ImportOptions.STRICT, 100),
                p -> String.format(
                        "%,d valid, %,d warnings",
                        p.totals().valid(), p.totals().warningCount()));
        assertThat(preview.totals().valid()).isEqualTo(ROWS);

        var phases = new Phases();
        var strict = time(
                "importCsv, all or nothing, new series (the path of the 10.6 s baseline)",
                () -> imports.importCsv(Files.newInputStream(clean), "clean.csv", phases),
                this::describe);
        phases.end();
        assertThat(strict.imported()).isEqualTo(ROWS);
        strict.discard();

        var again = time(
                "the same file again (every row identical)",
                () -> imports.importRows(
                        ImportSource.csv(clean), ImportOptions.STRICT, "clean.csv", ImportProgress.NONE),
                this::describe);
        assertThat(again.skipped()).isEqualTo(ROWS);
        again.discard();

        reset(product.getId());
        var refused = time(
                "all or nothing, 10% vendor defects (10,000 problems spooled, nothing stored)",
                () -> imports.importRows(
                        ImportSource.csv(defects), ImportOptions.STRICT, "defects.csv", ImportProgress.NONE),
                this::describe);
        assertThat(refused.problemCount()).isEqualTo(ROWS / 10);
        var csvOut = time(
                "  download of its 10,000 problems as CSV",
                () -> {
                    try (OutputStream out = Files.newOutputStream(dir.resolve("problems.csv"))) {
                        refused.writeProblemsCsv(out);
                    }
                    return Files.size(dir.resolve("problems.csv"));
                },
                size -> String.format("%,d bytes", size));
        assertThat(csvOut).isPositive();
        refused.discard();

        var valid = time(
                "valid rows only, 10% vendor defects",
                () -> imports.importRows(
                        ImportSource.csv(defects),
                        ImportOptions.STRICT.withValidRowsOnly(true),
                        "defects.csv",
                        ImportProgress.NONE),
                this::describe);
        assertThat(valid.imported()).isEqualTo(ROWS - ROWS / 10);
        valid.discard();

        reset(product.getId());
        var fixed = time(
                "fix mid outside low–high, 10% vendor defects",
                () -> imports.importRows(
                        ImportSource.csv(defects),
                        ImportOptions.STRICT.withFixMidOutsideRange(true),
                        "defects.csv",
                        ImportProgress.NONE),
                this::describe);
        assertThat(fixed.imported()).isEqualTo(ROWS);
        fixed.discard();

        report.line("");
        report.line("Phases of the all-or-nothing import of the clean file:");
        report.line("");
        report.line("| phase | seconds | CPU seconds |");
        report.line("|---|---:|---:|");
        phases.times.forEach((phase, t) -> report.line("| %s | %.1f | %.1f |", phase, t[0] / 1e9, t[1] / 1e9));
        report.write();
    }

    /** Wall and CPU time per phase the import reports (it reports on the importing thread). */
    static final class Phases implements ImportProgress {
        final Map<String, long[]> times = new LinkedHashMap<>();
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private String phase = "";
        private long wall;
        private long cpu;

        @Override
        public void update(String next, long done, long total) {
            if (!next.equals(phase)) {
                end();
                phase = next;
            }
        }

        void end() {
            long nowWall = System.nanoTime();
            long nowCpu = threads.getCurrentThreadCpuTime();
            if (!phase.isEmpty()) {
                var t = times.computeIfAbsent(phase, k -> new long[2]);
                t[0] += nowWall - wall;
                t[1] += nowCpu - cpu;
            }
            wall = nowWall;
            cpu = nowCpu;
        }
    }

    private String describe(ImportReport r) {
        return String.format(
                "%,d imported, %,d identical, %,d problems, %,d warnings",
                r.imported(), r.skipped(), r.problemCount(), r.warningCount());
    }

    @FunctionalInterface
    interface Step<T> {
        T run() throws IOException;
    }

    private <T> T time(String label, Step<T> step, Function<T, String> result) {
        var threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        T value = SystemAuthentication.call(() -> {
            try {
                return step.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        double seconds = (System.nanoTime() - t) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        report.line("| %s | %.1f | %.1f | %s |", label, seconds, cpuSeconds, result.apply(value));
        return value;
    }

    /** The benchmark series gone; stored levels from source smm every 250 days. */
    private void reset(long productId) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.createStatement()
                    .executeUpdate("delete from quote_revision where quote_id in (select id from quote"
                            + " where product_id = " + productId + ")");
            c.createStatement().executeUpdate("delete from quote where product_id = " + productId);
        }
        var levels = new ArrayList<ImportRow>();
        for (int i = 0; i < ROWS; i += 250) {
            long mid = mid(i);
            levels.add(new ImportRow(
                    0,
                    LAST_DAY.minusDays(i),
                    PRODUCT,
                    "smm",
                    BigDecimal.valueOf(mid - 5000),
                    BigDecimal.valueOf(mid + 5000),
                    null,
                    null));
        }
        SystemAuthentication.call(() -> imports.importRows(levels, "benchmark levels", ImportProgress.NONE));
    }

    /** A mean-reverting walk around 500,000 CNY/t: realistic moves, never 3× away from the level. */
    private static long mid(int i) {
        return 500_000 + Math.round(120_000 * Math.sin(i / 400.0)) / 1000 * 1000;
    }

    private static void write(Path file, int defectEvery) throws IOException {
        var random = new SplittableRandom(7);
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("date,product,source,low,high,mid,comment\n");
            var day = LAST_DAY;
            for (int i = 0; i < ROWS; i++, day = day.minusDays(1)) {
                long mid = mid(i) + (random.nextInt(5) - 2) * 1000L;
                boolean defect = defectEvery > 0 && i % defectEvery == 3;
                out.write(day + "," + PRODUCT + ",inhouse," + (mid - 5000) + "," + (mid + 5000) + ","
                        + (defect ? mid - 7000 : mid) + ",\n");
            }
        }
    }
}
