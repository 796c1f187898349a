package app.neodesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.catalog.ProductService;
import app.neodesk.quote.ImportOptions;
import app.neodesk.quote.ImportProblem;
import app.neodesk.quote.ImportProgress;
import app.neodesk.quote.ImportReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Date;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Vendor files through the service and the real engine, per role. Each test imports its own
 * products, sources and years so the shared database keeps them apart: the wide oxide file
 * (2023-02/09) from yangtze, the 100ppi single prices (2023-08/09) from sunsirs, the hand-written
 * files in 2018–2019.
 */
@NeodeskSpringTest
class VendorImportServiceTest {

    @Autowired
    VendorImportService service;

    @Autowired
    ProductService products;

    @Autowired
    JdbcTemplate jdbc;

    private int stored(String product, String source, String from, String to) {
        return jdbc.queryForObject(
                "select count(*) from quote q join product p on p.id = q.product_id"
                        + " join source s on s.id = q.source_id where p.code = ? and s.code = ? and q.quote_date between ? and ?"
                        + " and q.deleted_id = 0",
                Integer.class,
                product,
                source,
                Date.valueOf(from),
                Date.valueOf(to));
    }

    private BigDecimal mid(String product, String source, String day) {
        return jdbc.queryForObject(
                "select q.mid from quote q join product p on p.id = q.product_id join source s on"
                        + " s.id = q.source_id where p.code = ? and s.code = ? and q.quote_date = ? and q.deleted_id = 0",
                BigDecimal.class,
                product,
                source,
                Date.valueOf(day));
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void viewerCannotOpenPreviewOrImport() {
        var file = Fixtures.copy("wide-oxides-wanyuan.csv");
        assertThatThrownBy(() -> service.open(file, "x.csv", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.preview(null, null, ImportOptions.STRICT, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.importFile(null, null, ImportOptions.STRICT, ImportProgress.NONE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void analystImportsTheWideChineseFileInWanYuanOnlyOnceTheVendorsBadAveragesAreDealtWith() throws IOException {
        var upload = service.open(Fixtures.copy("wide-oxides-wanyuan.csv"), "oxides.csv", null);
        var mapping = upload.proposed().withSource("yangtze");
        assertThat(mapping.missing()).isEmpty();
        assertThat(mapping.groups()).containsOnlyKeys("氧化钕", "氧化镨", "氧化镨钕");

        var strict = service.importFile(upload, mapping, ImportOptions.STRICT, ImportProgress.NONE);
        assertThat(strict.imported()).isZero();
        assertThat(strict.problems()).extracting(ImportProblem::line).contains(7L); // 2023-03-02
        assertThat(strict.problems())
                .filteredOn(p -> p.line() == 7)
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.column()).isEqualTo("氧化钕平均价(万元/吨)");
                    assertThat(p.message()).isEqualTo("mid 702,000 is not between low 690,000 and high 700,000");
                });
        assertThat(stored("nd-oxide-cn", "yangtze", "2023-01-01", "2023-12-31")).isZero();

        var fixed = service.importFile(upload, mapping, new ImportOptions(false, true, false), ImportProgress.NONE);
        assertThat(fixed.problemCount()).isZero();
        assertThat(fixed.imported()).isEqualTo(127 * 3 - 2);
        assertThat(fixed.midsFixed()).isEqualTo(4);
        assertThat(fixed.warningCount()).as("weekend rows and fixed mids").isGreaterThanOrEqualTo(2 * 3 + 4);
        assertThat(mid("nd-oxide-cn", "yangtze", "2023-02-23")).isEqualByComparingTo("730000");
        assertThat(mid("prnd-oxide-cn", "yangtze", "2023-02-23")).isEqualByComparingTo("687500");
        assertThat(stored("pr-oxide-cn", "yangtze", "2023-06-01", "2023-06-02"))
                .as("the vendor's gap stays a gap")
                .isZero();
        assertThat(stored("nd-oxide-cn", "yangtze", "2023-05-04", "2023-05-19")).isZero();
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void validRowsOnlyOfAWideFileCountsTheLineWithAnUnreadableCell() throws IOException {
        var csv = "日期,氧化钕最低价(万元/吨),氧化钕最高价(万元/吨),氧化钕平均价(万元/吨),氧化镨最低价(万元/吨),"
                + "氧化镨最高价(万元/吨),氧化镨平均价(万元/吨)\n"
                + "2015-06-01,28.5,29.5,29,40,41,40.5\n"
                + "2015-06-02,28.5,2O.5,29,40,41,40.5\n" // the vendor typed a letter O for a zero
                + "2015-06-03,28.6,29.6,29.1,40,41,40.5\n";
        var upload = service.open(Fixtures.write(".csv", csv.getBytes(StandardCharsets.UTF_8)), "wide-2015.csv", null);
        var mapping = upload.proposed().withSource("smm");
        // the nearest stored Nd oxide level is years away (~3×), so the prices are confirmed as right
        var options = ImportOptions.STRICT.withValidRowsOnly(true).withScaleConfirmed(true);
        try (var report = service.importFile(upload, mapping, options, ImportProgress.NONE)) {
            assertThat(report.imported())
                    .as("%s %s", report.problems(), report.skippedRows())
                    .isEqualTo(5);
            assertThat(report.skippedRows().unreadable()).isEqualTo(1);
            assertThat(report.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(3);
                assertThat(p.value()).isEqualTo("2O.5");
            });
        }
        assertThat(mid("nd-oxide-cn", "smm", "2015-06-03")).isEqualByComparingTo("291000");
        assertThat(stored("nd-oxide-cn", "smm", "2015-06-02", "2015-06-02")).isZero();
        assertThat(stored("pr-oxide-cn", "smm", "2015-06-02", "2015-06-02")).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void hundredPpiYuanPerTonneGoesIntoTheKgProductDividedByAThousand() throws IOException {
        var upload = service.open(Fixtures.copy("100ppi-single-price.csv"), "100ppi.csv", null);
        var mapping = upload.proposed().withSource("sunsirs");
        var preview = service.preview(upload, mapping, ImportOptions.STRICT, 100);
        assertThat(preview.rows())
                .filteredOn(r -> r.productCode().equals("dy-oxide-cn"))
                .first()
                .satisfies(r -> {
                    assertThat(r.unit()).isEqualTo("CNY/kg");
                    assertThat(r.low()).isLessThan(new BigDecimal("5000"));
                });
        try (ImportReport report = service.importFile(upload, mapping, ImportOptions.STRICT, ImportProgress.NONE)) {
            assertThat(report.problems()).isEmpty();
            assertThat(report.imported()).isEqualTo(48);
        }
        assertThat(mid("dy-oxide-cn", "sunsirs", "2023-09-01")).isEqualByComparingTo("2490");
        assertThat(mid("nd-metal-cn", "sunsirs", "2023-09-01")).isEqualByComparingTo("640000");
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void theStrictFormatWithUnitAndCurrencyColumnsImportsAndRefusesTheOtherCurrency() throws IOException {
        var upload = service.open(Fixtures.copy("strict-unit-currency.csv"), "strict.csv", null);
        try (var report = service.importFile(
                upload, upload.proposed(), ImportOptions.STRICT.withValidRowsOnly(true), ImportProgress.NONE)) {
            assertThat(report.imported()).isEqualTo(2);
            assertThat(report.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(4);
                assertThat(p.message()).contains("USD", "tb-oxide-cn", "never converted");
            });
        }
        assertThat(mid("dy-oxide-cn", "yangtze", "2018-06-04"))
                .as("CNY/t stated: converted to CNY/kg")
                .isEqualByComparingTo("1190");
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void duplicateRowsInTheFileStoreNothingAndTheProblemsDownloadWhole() throws IOException {
        var upload = service.open(Fixtures.copy("duplicates.csv"), "duplicates.csv", null);
        try (var report = service.importFile(upload, upload.proposed(), ImportOptions.STRICT, ImportProgress.NONE)) {
            assertThat(report.imported()).isZero();
            assertThat(report.problems()).anySatisfy(p -> {
                assertThat(p.line()).isEqualTo(4);
                assertThat(p.message()).startsWith("Line 3 has a quote for the same product, source and date");
            });
            var csv = new ByteArrayOutputStream();
            report.writeProblemsCsv(csv);
            assertThat(csv.toString(StandardCharsets.UTF_8))
                    .contains("line,column,value,reason")
                    .contains("2019-03-05");
        }
        assertThat(stored("nd-metal-cn", "yangtze", "2019-03-01", "2019-03-31")).isZero();
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void rowsConflictingWithStoredQuotesStoreNothing() throws IOException {
        var first = Fixtures.write(
                ".csv", "日期,品名,来源,价格(元/公斤)\n2019-07-01,氧化铽,长江有色金属网,7300\n".getBytes(StandardCharsets.UTF_8));
        var up = service.open(first, "first.csv", null);
        assertThat(service.importFile(up, up.proposed(), ImportOptions.STRICT, ImportProgress.NONE)
                        .imported())
                .isEqualTo(1);
        var second = Fixtures.write(
                ".csv",
                "日期,品名,来源,价格(元/公斤)\n2019-07-01,氧化铽,长江有色金属网,7350\n2019-07-02,氧化铽,长江有色金属网,7350\n"
                        .getBytes(StandardCharsets.UTF_8));
        var up2 = service.open(second, "second.csv", null);
        var report = service.importFile(up2, up2.proposed(), ImportOptions.STRICT, ImportProgress.NONE);
        assertThat(report.imported()).isZero();
        assertThat(report.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("Conflicts with the stored quote"));
        assertThat(stored("tb-oxide-cn", "yangtze", "2019-07-01", "2019-07-31")).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void emptyHeaderOnlyAndBinaryFilesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> service.open(Fixtures.copy("header-only.csv"), "h.csv", null))
                .isInstanceOf(VendorFileException.class)
                .hasMessageStartingWith("The file has a header but no prices: 日期, 氧化钕最低价(万元/吨)");
        assertThatThrownBy(() -> service.open(Fixtures.write(".csv", new byte[0]), "e.csv", null))
                .isInstanceOf(VendorFileException.class)
                .hasMessageContaining("empty");
        Path png = Fixtures.write(".png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        assertThatThrownBy(() -> service.open(png, "chart.png", null))
                .isInstanceOf(VendorFileException.class)
                .hasMessageContaining("not a price table");
    }
}
