package app.neodesk.intake;

import static app.neodesk.support.BenchmarkReport.median;
import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.catalog.Element;
import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.ProductService;
import app.neodesk.quote.ImportOptions;
import app.neodesk.quote.ImportProgress;
import app.neodesk.quote.ImportSource;
import app.neodesk.quote.QuoteImportService;
import app.neodesk.support.BenchmarkReport;
import app.neodesk.support.TestProducts;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * The wizard's path from mapping to report on generated wide Chinese files in 万元/吨, against the
 * same quotes as a strict CSV through the same engine (the baseline). Not part of the normal build:
 * <pre>
 * ./mvnw -o test -Dtest=VendorImportBenchmark -Dneodesk.benchmark=intake
 * </pre>
 * Files: 5,752 quotes (2 products × 2,876 working days from 2013-01-04, the size of the 2013–2024
 * oxide dataset once reshaped) and 100,000 quotes (4 products × 25,000 working days). Each run
 * deletes the benchmark products' quotes first. Results go to target/benchmark-intake.md.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "neodesk.benchmark", matches = "intake")
@SpringBootTest(properties = "neodesk.quotes.earliest-date=1700-01-01")
@ActiveProfiles("test")
@WithMockUser(username = "admin", roles = "ADMIN")
class VendorImportBenchmark {

    static final String[] NAMES = {"基准氧化钕", "基准氧化镨钕", "基准氧化镨", "基准金属钕"};
    static final String[] CODES = {"bench-nd-oxide", "bench-prnd-oxide", "bench-pr-oxide", "bench-nd-metal"};

    @Autowired
    VendorImportService service;

    @Autowired
    QuoteImportService engine;

    @Autowired
    ProductService products;

    @Autowired
    JdbcTemplate jdbc;

    private final BenchmarkReport report = new BenchmarkReport("benchmark-intake.md").withLocale(Locale.ROOT);

    @Test
    void wideFilesGoFromMappingToReportInTime() throws IOException {
        for (int i = 0; i < CODES.length; i++) {
            if (products.findByCode(CODES[i]).isEmpty()) {
                products.create(
                        TestProducts.chinaSpot(CODES[i], Element.ND, MaterialForm.OXIDE, PriceUnit.T),
                        List.of(NAMES[i]));
            }
        }
        report.line(
                "%s; median of the runs; every run starts with the benchmark products empty",
                report.machineWithoutMemory());
        report.line("");
        report.line(
                "| file | quotes | runs | wizard preview ms | wizard import ms | wizard mapping→report ms | strict CSV import ms (baseline) |");
        report.line("|---|---:|---:|---:|---:|---:|---:|");
        var small = measure(2, 2_876, 5, "wide 万元/吨, 2 products");
        var large = measure(4, 25_000, 3, "wide 万元/吨, 4 products");
        report.write();
        assertThat(small).as("5,752 quotes from mapping to report").isLessThan(5_000);
        assertThat(large).as("100,000 quotes from mapping to report").isLessThan(15_000);
    }

    /** @return the median mapping→report milliseconds */
    private double measure(int productCount, int days, int runs, String label) throws IOException {
        var wide = Files.createTempFile("bench-wide-", ".csv");
        var strict = Files.createTempFile("bench-strict-", ".csv");
        int quotes = write(productCount, days, wide, strict);
        double[] preview = new double[runs];
        double[] imported = new double[runs];
        double[] total = new double[runs];
        double[] baseline = new double[runs];
        for (int r = 0; r < runs; r++) {
            clear();
            long t0 = System.nanoTime();
            var upload = service.open(wide, "bench.csv", null);
            var mapping = upload.proposed().withSource("yangtze");
            var p = service.preview(upload, mapping, ImportOptions.STRICT, 50);
            long t1 = System.nanoTime();
            try (var done = service.importFile(upload, mapping, ImportOptions.STRICT, ImportProgress.NONE)) {
                assertThat(done.problems()).isEmpty();
                assertThat(done.imported()).isEqualTo(quotes);
            }
            long t2 = System.nanoTime();
            assertThat(p.totals().valid()).isEqualTo(quotes);
            preview[r] = (t1 - t0) / 1e6;
            imported[r] = (t2 - t1) / 1e6;
            total[r] = (t2 - t0) / 1e6;
            clear();
            long b0 = System.nanoTime();
            try (var done = engine.importRows(
                    ImportSource.csv(strict), ImportOptions.STRICT, "bench-strict.csv", ImportProgress.NONE)) {
                assertThat(done.imported()).isEqualTo(quotes);
            }
            baseline[r] = (System.nanoTime() - b0) / 1e6;
        }
        report.line(
                "| %s | %,d | %d | %.0f | %.0f | %.0f | %.0f |",
                label, quotes, runs, median(preview), median(imported), median(total), median(baseline));
        Files.deleteIfExists(wide);
        Files.deleteIfExists(strict);
        return median(total);
    }

    /** Writes the wide file (万元/吨, two decimals) and the same quotes in the strict format (CNY/t); returns the quote count. */
    static int write(int productCount, int days, Path wide, Path strict) throws IOException {
        var random = new SplittableRandom(20130104L);
        var level = new long[productCount];
        Arrays.fill(level, 5_000); // 万元/吨 × 100: 50.00
        int quotes = 0;
        try (BufferedWriter w = Files.newBufferedWriter(wide, StandardCharsets.UTF_8);
                BufferedWriter s = Files.newBufferedWriter(strict, StandardCharsets.UTF_8)) {
            var header = new ArrayList<String>(List.of("日期"));
            for (int i = 0; i < productCount; i++) {
                for (var term : List.of("最低价", "最高价", "平均价")) {
                    header.add(NAMES[i] + term + "(万元/吨)");
                }
            }
            w.write(String.join(",", header));
            w.write("\r\n");
            s.write("date,product,source,low,high,mid\r\n");
            var day = days > 10_000 ? LocalDate.of(1904, 1, 4) : LocalDate.of(2013, 1, 4);
            for (int d = 0; d < days; d++) {
                while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    day = day.plusDays(1);
                }
                w.write(day.getYear() + "/" + day.getMonthValue() + "/" + day.getDayOfMonth());
                for (int i = 0; i < productCount; i++) {
                    level[i] = Math.clamp(level[i] + random.nextInt(-25, 26) * 5L, 3_000, 9_000);
                    long low = level[i] - 50;
                    long high = level[i] + 50;
                    w.write("," + wan(low) + "," + wan(high) + "," + wan(level[i]));
                    s.write(day + "," + CODES[i] + ",yangtze," + low * 100 + "," + high * 100 + "," + level[i] * 100
                            + "\r\n");
                    quotes++;
                }
                w.write("\r\n");
                day = day.plusDays(1);
            }
        }
        return quotes;
    }

    private static String wan(long hundredths) {
        return BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString();
    }

    private void clear() {
        jdbc.update("delete from quote where product_id in (select id from product where code like 'bench-%')");
    }
}
