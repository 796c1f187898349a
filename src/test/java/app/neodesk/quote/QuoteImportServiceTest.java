package app.neodesk.quote;

import static app.neodesk.quote.ImportTestData.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.catalog.Element;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.ProductService;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import engine per role and its problem handling. Each test has products of its own
 * (codes starting with "imp-"), so the shared database keeps them apart.
 */
@NeodeskSpringTest
@WithMockUser(username = "analyst", roles = "ANALYST")
class QuoteImportServiceTest {

    @Autowired
    QuoteImportService imports;

    @Autowired
    ProductService products;

    @Autowired
    JdbcTemplate jdbc;

    private String product(String code) {
        return ImportTestData.product(products, code, Element.ND, PriceUnit.T).getCode();
    }

    private int stored(String code) {
        return jdbc.queryForObject(
                "select count(*) from quote q join product p on p.id = q.product_id"
                        + " where p.code = ? and q.deleted_id = 0",
                Integer.class,
                code);
    }

    private List<String> audit(String origin) {
        return jdbc.queryForList(
                "select summary from audit_event where summary like ?", String.class, "%" + origin + "%");
    }

    @Test
    // Commits for real: the audit trail is read over JDBC, which sees the import's audit row after its commit.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void analystPreviewsThenImportsAndOnlyTheImportWrites() throws Exception {
        var code = product("imp-role-analyst");
        var source = ImportSource.of(List.of(
                row(2, "2024-03-04", code, "sunsirs", "343000", "348000", null),
                row(3, "2024-03-05", code, "sunsirs", "344000", "349000", "346000")));

        var preview = imports.preview(source, ImportOptions.STRICT, 10);
        assertThat(stored(code)).as("a preview writes nothing").isZero();
        assertThat(preview.rows())
                .extracting(ImportPreview.Row::status)
                .containsExactly(ImportPreview.Status.OK, ImportPreview.Status.OK);
        assertThat(preview.rows().getFirst().mid())
                .as("mid as stored: (low+high)/2")
                .isEqualByComparingTo("345500");
        assertThat(preview.rows().getFirst().unit()).isEqualTo("CNY/t");
        assertThat(preview.totals().valid()).isEqualTo(2);

        var report = imports.importRows(source, ImportOptions.STRICT, "analyst-file.csv", ImportProgress.NONE);
        assertThat(report.imported()).isEqualTo(2);
        assertThat(stored(code)).isEqualTo(2);
        assertThat(audit("analyst-file.csv")).singleElement().asString().startsWith("Imported 2 quotes");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminCanImportAndPreview() throws Exception {
        var code = product("imp-role-admin");
        var source = ImportSource.of(List.of(row(2, "2024-03-04", code, "sunsirs", "343000", "348000", null)));
        assertThat(imports.preview(source, ImportOptions.STRICT, 5).totals().valid())
                .isEqualTo(1);
        assertThat(imports.importRows(source, ImportOptions.STRICT, "admin", ImportProgress.NONE)
                        .imported())
                .isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void viewerCanNeitherImportNorPreview() {
        var source = ImportSource.of(List.of(row(2, "2024-03-04", "nd-oxide-cn", "sunsirs", "1", "2", null)));
        assertThatThrownBy(() -> imports.importRows(source, ImportOptions.STRICT, "viewer", ImportProgress.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.preview(source, ImportOptions.STRICT, 5))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anEmptySourceImportsNothingAndSaysSo() throws Exception {
        var report = imports.importRows(ImportSource.of(List.of()), ImportOptions.STRICT, "empty", ImportProgress.NONE);
        assertThat(report.rows()).isZero();
        assertThat(report.imported()).isZero();
        assertThat(report.problemCount()).isZero();
        assertThat(imports.preview(ImportSource.of(List.of()), ImportOptions.STRICT, 5)
                        .rows())
                .isEmpty();
    }

    /** Vendor-defect style rows (as in the 2013–2024 oxide file): the average lies outside low–high on some. */
    private List<ImportRow> vendorRows(String code) {
        var rows = new ArrayList<ImportRow>();
        var day = LocalDate.of(2019, 1, 7);
        for (int i = 0; i < 10; i++, day = day.plusDays(1)) {
            boolean defect = i % 4 == 1; // lines 3, 7, 11
            rows.add(row(i + 2, day.toString(), code, "yangtze", "343000", "348000", defect ? "341500" : "345000"));
        }
        return rows;
    }

    @Test
    void allOrNothingStoresNothingAndNamesEveryMidOutsideTheRangeWithItsValues() throws Exception {
        var code = product("imp-vendor-strict");
        var report = imports.importRows(
                ImportSource.of(vendorRows(code)), ImportOptions.STRICT, "strict", ImportProgress.NONE);
        assertThat(report.imported()).isZero();
        assertThat(stored(code)).isZero();
        assertThat(report.problems()).extracting(ImportProblem::line).containsExactly(3L, 7L, 11L);
        assertThat(report.problems().getFirst()).satisfies(p -> {
            assertThat(p.column()).isEqualTo("mid");
            assertThat(p.value()).isEqualTo("341,500");
            assertThat(p.message()).isEqualTo("mid 341,500 is not between low 343,000 and high 348,000");
        });
    }

    @Test
    // Commits for real: the audit trail is read over JDBC, which sees the import's audit row after its commit.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void validRowsOnlyImportsTheGoodRowsAndCountsTheSkippedOnes() throws Exception {
        var code = product("imp-vendor-valid");
        var options = ImportOptions.STRICT.withValidRowsOnly(true);
        var preview = imports.preview(ImportSource.of(vendorRows(code)), options, 3);
        assertThat(preview.rows())
                .extracting(ImportPreview.Row::status)
                .containsExactly(ImportPreview.Status.OK, ImportPreview.Status.PROBLEM, ImportPreview.Status.OK);
        assertThat(preview.totals().valid()).isEqualTo(7);
        assertThat(preview.totals().withProblems()).isEqualTo(3);

        var report = imports.importRows(ImportSource.of(vendorRows(code)), options, "valid-only", ImportProgress.NONE);
        assertThat(report.imported()).isEqualTo(7);
        assertThat(stored(code)).isEqualTo(7);
        assertThat(report.skippedRows().invalid()).isEqualTo(3);
        assertThat(report.problemCount()).isEqualTo(3);
        assertThat(audit("valid-only")).singleElement().asString().contains("3 rows with problems skipped");
    }

    @Test
    // Commits for real: the audit trail is read over JDBC, which sees the import's audit row after its commit.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void fixMidStoresTheAverageOfLowAndHighAndNotesItInTheComment() throws Exception {
        var code = product("imp-vendor-fix");
        var report = imports.importRows(
                ImportSource.of(vendorRows(code)),
                ImportOptions.STRICT.withFixMidOutsideRange(true),
                "fix-mid",
                ImportProgress.NONE);
        assertThat(report.imported()).isEqualTo(10);
        assertThat(report.midsFixed()).isEqualTo(3);
        assertThat(report.warnings())
                .filteredOn(w -> w.column().equals("mid"))
                .hasSize(3)
                .first()
                .satisfies(w -> assertThat(w.message())
                        .isEqualTo("mid 341,500 was outside low 343,000–high 348,000; stored (low+high)/2 = 345,500"));
        var fixed = jdbc.queryForMap(
                "select q.mid, q.comment from quote q join product p on p.id = q.product_id"
                        + " where p.code = ? and q.quote_date = '2019-01-08'",
                code);
        assertThat((BigDecimal) fixed.get("MID")).isEqualByComparingTo("345500");
        assertThat(fixed.get("COMMENT")).isEqualTo("mid 341,500 was outside low–high; stored (low+high)/2");
        assertThat(audit("fix-mid"))
                .singleElement()
                .asString()
                .contains("3 mids outside low–high stored as (low+high)/2");
    }

    @Test
    void everyProblemIsKeptBeyondTheFirst200AndCanBePagedAndDownloaded() throws Exception {
        var code = product("imp-many-problems");
        var rows = new ArrayList<ImportRow>();
        var day = LocalDate.of(2005, 1, 3);
        for (int i = 0; i < 5752; i++, day = day.plusDays(1)) {
            boolean defect = i % 10 == 3 && i < 5280; // 528 rows
            rows.add(row(i + 2, day.toString(), code, "yangtze", "343000", "348000", defect ? "341500" : "345000"));
        }
        var report = imports.importRows(ImportSource.of(rows), ImportOptions.STRICT, "many", ImportProgress.NONE);
        try {
            assertThat(report.problemCount()).isEqualTo(528);
            assertThat(report.problems()).hasSize(ImportReport.FIRST);
            assertThat(report.problemPage(500, 50))
                    .hasSize(28)
                    .last()
                    .satisfies(p -> assertThat(p.line()).isEqualTo(5275L));
            assertThat(report.problemPage(200, 1))
                    .singleElement()
                    .satisfies(p -> assertThat(p.line()).isEqualTo(2005L));
            var out = new ByteArrayOutputStream();
            report.writeProblemsCsv(out);
            var csv = out.toString(StandardCharsets.UTF_8);
            var lines = csv.split("\r\n");
            assertThat(csv).startsWith("\uFEFFline,column,value,reason\r\n");
            assertThat(lines).hasSize(529);
            assertThat(lines[1])
                    .isEqualTo("5,mid,\"341,500\",\"mid 341,500 is not between low 343,000 and high 348,000\"");
        } finally {
            report.discard();
        }
        assertThatThrownBy(() -> report.problemPage(0, 1)).as("discarded").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void weekendDatesAreWarningsAndTheRowsAreImported() throws Exception {
        var code = product("imp-weekend");
        var report = imports.importRows(
                ImportSource.of(List.of(
                        row(2, "2024-03-08", code, "sunsirs", "343000", "348000", null),
                        row(3, "2024-03-09", code, "sunsirs", "343000", "348000", null),
                        row(4, "2024-03-10", code, "sunsirs", "343000", "348000", null))),
                ImportOptions.STRICT,
                "weekend",
                ImportProgress.NONE);
        assertThat(report.imported()).isEqualTo(3);
        assertThat(report.warnings())
                .extracting(ImportProblem::message)
                .containsExactly("2024-03-09 is a Saturday", "2024-03-10 is a Sunday");
    }

    @Test
    void theSameDayTwiceInTheFileIsAProblemOfTheLaterLineAndValidOnlySkipsBoth() throws Exception {
        var code = product("imp-twice");
        var rows = List.of(
                row(2, "2024-03-04", code, "sunsirs", "343000", "348000", null),
                row(3, "2024-03-05", code, "sunsirs", "343000", "348000", null),
                row(4, "2024-03-04", code, "sunsirs", "344000", "349000", null));
        var strict = imports.importRows(ImportSource.of(rows), ImportOptions.STRICT, "twice", ImportProgress.NONE);
        assertThat(strict.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).isEqualTo("Line 2 has a quote for the same product, source and date");
        });
        var valid = imports.importRows(
                ImportSource.of(rows), ImportOptions.STRICT.withValidRowsOnly(true), "twice", ImportProgress.NONE);
        assertThat(valid.imported()).isEqualTo(1);
        assertThat(valid.skippedRows().duplicates()).isEqualTo(2);
        assertThat(valid.problems()).extracting(ImportProblem::line).containsExactly(2L, 4L);
    }

    @Test
    void aRowDifferentFromAStoredQuoteConflictsWithItsValuesAndIdenticalRowsAreSkipped() throws Exception {
        var code = product("imp-conflict");
        imports.importRows(
                ImportSource.of(List.of(row(2, "2026-02-11", code, "yangtze", "1080000", "1090000", "1085000"))),
                ImportOptions.STRICT,
                "conflict-first",
                ImportProgress.NONE);
        var again = List.of(
                row(2, "2026-02-11", code, "yangtze", "1080000", "1090000", "1085000"),
                row(3, "2026-02-11", code, "sunsirs", "1080000", "1090000", "1085000"),
                row(4, "2026-02-10", code, "yangtze", "1070000", "1080000", null));
        var changed = List.of(row(2, "2026-02-11", code, "yangtze", "1082000", "1092000", null));
        var report =
                imports.importRows(ImportSource.of(changed), ImportOptions.STRICT, "conflict", ImportProgress.NONE);
        assertThat(report.problems())
                .singleElement()
                .satisfies(
                        p -> assertThat(p.message())
                                .isEqualTo(
                                        "Conflicts with the stored quote 1,080,000–1,090,000 (mid 1,085,000); correct that quote instead"));
        assertThat(report.skippedRows().conflicts()).isEqualTo(1);
        var preview = imports.preview(ImportSource.of(again), ImportOptions.STRICT, 5);
        assertThat(preview.rows())
                .extracting(ImportPreview.Row::status)
                .containsExactly(ImportPreview.Status.IDENTICAL, ImportPreview.Status.OK, ImportPreview.Status.OK);
        var second =
                imports.importRows(ImportSource.of(again), ImportOptions.STRICT, "conflict-again", ImportProgress.NONE);
        assertThat(second.imported()).isEqualTo(2);
        assertThat(second.skipped()).isEqualTo(1);
    }

    @Test
    void thePreviewShowsAFixedMidAsStoredWithItsNoteAndAWarning() throws Exception {
        var code = product("imp-preview-fix");
        var preview = imports.preview(
                ImportSource.of(vendorRows(code)), ImportOptions.STRICT.withFixMidOutsideRange(true), 2);
        assertThat(preview.rows().get(1)).satisfies(r -> {
            assertThat(r.status()).isEqualTo(ImportPreview.Status.WARNING);
            assertThat(r.mid()).isEqualByComparingTo("345500");
            assertThat(r.comment()).isEqualTo("mid 341,500 was outside low–high; stored (low+high)/2");
            assertThat(r.messages())
                    .containsExactly("mid 341,500 was outside low 343,000–high 348,000; stored (low+high)/2 = 345,500");
        });
        assertThat(preview.totals().withWarnings())
                .as("3 fixed mids, one of them on a Saturday, and a Sunday")
                .isEqualTo(4);
        assertThat(stored(code)).isZero();
    }

    @Test
    void unknownCodesAndUnreadableCellsAreProblemsWithTheirValues() throws Exception {
        var file = Files.createTempFile("imp-", ".csv");
        try {
            Files.writeString(
                    file,
                    "date,product,source,low,high,mid\n"
                            + "2024-03-04,no-such-oxide,sunsirs,343000,348000,\n"
                            + "2024-03-05,nd-oxide-cn,sunsirs,abc,348000,\n");
            var report = imports.importRows(
                    ImportSource.csv(file),
                    ImportOptions.STRICT.withValidRowsOnly(true),
                    "unknown.csv",
                    ImportProgress.NONE);
            assertThat(report.rows()).isEqualTo(2);
            assertThat(report.imported()).isZero();
            assertThat(report.skippedRows().invalid()).isEqualTo(1);
            assertThat(report.skippedRows().unreadable()).isEqualTo(1);
            assertThat(report.problems())
                    .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::value)
                    .containsExactly(Tuple.tuple(2L, "product", "no-such-oxide"), Tuple.tuple(3L, "low", "abc"));
        } finally {
            Files.delete(file);
        }
    }
}
