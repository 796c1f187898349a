package app.neodesk.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkReportTest {

    @Test
    void medianOfAnOddCountIsTheMiddleValueOfTheSortedValues() {
        assertThat(BenchmarkReport.median(9, 1, 5, 3, 7)).isEqualTo(5);
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertThat(BenchmarkReport.median(4, 1, 3, 2)).isEqualTo(2.5);
    }

    @Test
    void upperMedianOfAnOddCountIsTheMiddleValueOfTheSortedValues() {
        assertThat(BenchmarkReport.upperMedian(9, 1, 5, 3, 7)).isEqualTo(5);
        assertThat(BenchmarkReport.upperMedian(List.of(9.0, 1.0, 5.0, 3.0, 7.0)))
                .isEqualTo(5.0);
    }

    @Test
    void upperMedianOfAnEvenCountIsTheUpperOfTheTwoMiddleValues() {
        assertThat(BenchmarkReport.upperMedian(4, 1, 3, 2)).isEqualTo(3);
        assertThat(BenchmarkReport.upperMedian(List.of(40L, 10L, 30L, 20L))).isEqualTo(30L);
    }

    @Test
    void theMedianOfASingleValueIsThatValue() {
        assertThat(BenchmarkReport.median(42)).isEqualTo(42);
        assertThat(BenchmarkReport.upperMedian(42)).isEqualTo(42);
        assertThat(BenchmarkReport.upperMedian(List.of(42L))).isEqualTo(42L);
        assertThat(BenchmarkReport.percentile(List.of(42.0), 0.5)).isEqualTo(42);
        assertThat(BenchmarkReport.p95(List.of(42.0))).isEqualTo(42);
        assertThat(BenchmarkReport.max(List.of(42.0))).isEqualTo(42);
    }

    @Test
    void theStatisticsLeaveTheirInputUnsorted() {
        double[] values = {3, 1, 2};
        BenchmarkReport.median(values);
        BenchmarkReport.upperMedian(values);
        assertThat(values).containsExactly(3, 1, 2);
    }

    @Test
    void nearestRankPercentileIsTheValueAtRankCeilingOfPTimesCount() {
        var values = List.of(5.0, 1.0, 4.0, 2.0, 3.0, 10.0, 9.0, 8.0, 7.0, 6.0);
        assertThat(BenchmarkReport.percentile(values, 0.5)).as("lower middle").isEqualTo(5);
        assertThat(BenchmarkReport.percentile(values, 0.9)).isEqualTo(9);
        assertThat(BenchmarkReport.p95(values)).as("rank 10 of 10").isEqualTo(10);
        var twenty = new java.util.ArrayList<Double>();
        for (int i = 20; i >= 1; i--) {
            twenty.add((double) i);
        }
        assertThat(BenchmarkReport.p95(twenty)).as("rank 19 of 20").isEqualTo(19);
    }

    @Test
    void maxIsTheLargestValue() {
        assertThat(BenchmarkReport.max(List.of(2.0, 7.5, -1.0))).isEqualTo(7.5);
    }

    @Test
    void everyStatisticOfNoValuesIsAnError() {
        assertThatThrownBy(() -> BenchmarkReport.median()).hasMessage("no values");
        assertThatThrownBy(() -> BenchmarkReport.upperMedian()).hasMessage("no values");
        assertThatThrownBy(() -> BenchmarkReport.upperMedian(List.<Long>of())).hasMessage("no values");
        assertThatThrownBy(() -> BenchmarkReport.percentile(List.of(), 0.5)).hasMessage("no values");
        assertThatThrownBy(() -> BenchmarkReport.p95(List.of())).hasMessage("no values");
        assertThatThrownBy(() -> BenchmarkReport.max(List.of())).hasMessage("no values");
    }

    @Test
    void writeWritesExactlyTheAppendedLinesToTheFileItNames(@TempDir Path dir) throws Exception {
        var report = new BenchmarkReport(dir.resolve("reports/benchmark-test.md"));
        report.line("| %s | %,d | %.2f |", "a", 12345, 1.5);
        report.line("");
        report.line("100% as written, no arguments");
        report.append("piece ").append(7).append("\n");

        var file = report.write();

        assertThat(file).isEqualTo(dir.resolve("reports/benchmark-test.md"));
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo(String.format("| a | %,d | %.2f |", 12345, 1.5)
                        + "\n\n100% as written, no arguments\npiece 7\n");
    }

    @Test
    void linesAreFormattedInTheReportsLocale(@TempDir Path dir) {
        var report = new BenchmarkReport(dir.resolve("r.md")).withLocale(Locale.GERMANY);
        report.line("%,.1f", 1234.5);
        assertThat(report.toString()).isEqualTo("1.234,5\n");
    }

    @Test
    void theDefaultFileIsUnderTarget() {
        assertThat(new BenchmarkReport("benchmark-x.md").file()).isEqualTo(Path.of("target", "benchmark-x.md"));
    }

    @Test
    void theOutPropertyNamesAnotherFileForTheOverridableReport() {
        var before = System.getProperty(BenchmarkReport.OUT_PROPERTY);
        try {
            System.clearProperty(BenchmarkReport.OUT_PROPERTY);
            assertThat(BenchmarkReport.overridable("benchmark-x.md").file())
                    .isEqualTo(Path.of("target", "benchmark-x.md"));
            System.setProperty(BenchmarkReport.OUT_PROPERTY, "elsewhere/x.md");
            assertThat(BenchmarkReport.overridable("benchmark-x.md").file()).isEqualTo(Path.of("elsewhere/x.md"));
        } finally {
            if (before == null) {
                System.clearProperty(BenchmarkReport.OUT_PROPERTY);
            } else {
                System.setProperty(BenchmarkReport.OUT_PROPERTY, before);
            }
        }
    }
}
