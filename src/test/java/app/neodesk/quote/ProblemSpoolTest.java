package app.neodesk.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The report's kept problems: every one, by line, a page at a time, as CSV, and gone when discarded. */
class ProblemSpoolTest {

    private static ImportReport report(ProblemSpool spool) {
        spool.finish();
        return new ImportReport(10, 0, 0, ImportReport.Skipped.NONE, 0, 0, spool);
    }

    @Test
    void problemsFoundLaterForEarlierLinesAreListedInLineOrder() {
        var spool = new ProblemSpool();
        spool.add(
                false,
                new ImportProblem(3, "mid", "341,500", "mid 341,500 is not between low 343,000 and high 348,000"));
        spool.add(
                false,
                new ImportProblem(9, "date", "2024-03-04", "Line 2 has a quote for the same product, source and date"));
        spool.add(
                false,
                new ImportProblem(
                        5, "", null, "Conflicts with the stored quote 1–2 (mid 1); correct that quote instead"));
        spool.add(true, new ImportProblem(4, "date", "2024-03-09", "2024-03-09 is a Saturday"));
        var report = report(spool);
        assertThat(report.problemCount()).isEqualTo(3);
        assertThat(report.warningCount()).isEqualTo(1);
        assertThat(report.problems()).extracting(ImportProblem::line).containsExactly(3L, 5L, 9L);
        assertThat(report.problemPage(1, 5)).extracting(ImportProblem::line).containsExactly(5L, 9L);
        assertThat(report.problemPage(3, 5)).as("past the end").isEmpty();
        assertThat(report.problemPage(2, 1).getFirst().value()).isEqualTo("2024-03-04");
        assertThat(report.warningPage(0, 10))
                .extracting(ImportProblem::message)
                .containsExactly("2024-03-09 is a Saturday");
        report.discard();
    }

    @Test
    void theCsvIsExcelSafeUtf8WithABomAndWholeMessages() throws Exception {
        var spool = new ProblemSpool();
        spool.add(
                false,
                new ImportProblem(2, "product", "=HYPERLINK(\"x\")", "Unknown product code '=HYPERLINK(\"x\")'"));
        spool.add(
                false,
                new ImportProblem(3, "氧化钕平均价", "341,500", "mid 341,500 is not between low 343,000 and high 348,000"));
        var report = report(spool);
        var out = new ByteArrayOutputStream();
        report.writeProblemsCsv(out);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFline,column,value,reason\r\n"
                        + "2,product,\"'=HYPERLINK(\"\"x\"\")\",\"Unknown product code '=HYPERLINK(\"\"x\"\")'\"\r\n"
                        + "3,氧化钕平均价,\"341,500\",\"mid 341,500 is not between low 343,000 and high 348,000\"\r\n");
        report.discard();
    }

    @Test
    void discardingTheReportDeletesItsFile() throws Exception {
        var before = spoolFiles();
        var spool = new ProblemSpool();
        spool.add(false, new ImportProblem(2, "low", "0", "The low price must be positive"));
        var report = report(spool);
        assertThat(spoolFiles()).isEqualTo(before + 1);
        report.discard();
        report.discard();
        assertThat(spoolFiles()).isEqualTo(before);
        assertThatThrownBy(() -> report.problemPage(0, 1)).isInstanceOf(IllegalStateException.class);
    }

    private static long spoolFiles() throws Exception {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("neodesk-import-problems-"))
                    .count();
        }
    }
}
