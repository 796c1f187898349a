package app.neodesk.chart.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ChartCsvTest {

    private static List<CSVRecord> write(List<ChartSeries> series, String expectedStart) throws IOException {
        var out = new ByteArrayOutputStream();
        ChartCsv.write(series, out);
        var text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith(expectedStart);
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void exportHasTheBomTheHeaderAndPlainNumbersWithEmptyCellsForMissingValues() throws IOException {
        var series = new ChartSeries(
                "nd",
                "Nd metal",
                SeriesKind.LINE,
                ChartScale.RIGHT,
                null,
                List.of(
                        new ChartPoint(LocalDate.of(2026, 2, 10), null, null, new BigDecimal("1045000"), null, null),
                        new ChartPoint(
                                LocalDate.of(2026, 2, 11),
                                new BigDecimal("1040000"),
                                new BigDecimal("1050000"),
                                new BigDecimal("1045000.5"),
                                new BigDecimal("-40000"),
                                new BigDecimal("-3.69"))));
        var out = new ByteArrayOutputStream();
        ChartCsv.write(List.of(series), out);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFseries,date,low,high,value,change,change_pct\r\n"
                        + "Nd metal,2026-02-10,,,1045000,,\r\n"
                        + "Nd metal,2026-02-11,1040000,1050000,1045000.5,-40000,-3.69\r\n");
    }

    @Test
    void aCsvParserReadsBackSeriesNamesAsWrittenWithFormulasAsText() throws IOException {
        var point = new ChartPoint(LocalDate.of(2026, 2, 11), null, null, new BigDecimal("58.5"), null, null);
        var names = List.of("氧化钕 万元/吨, \"spot\"", "two\r\nlines", "=HYPERLINK(\"x\")", " spaced", "#1 ", "!");
        var series = names.stream()
                .map(n -> new ChartSeries(
                        "s-" + n.hashCode(), n, SeriesKind.LINE, ChartScale.RIGHT, null, List.of(point)))
                .toList();

        var records = write(series, "\uFEFFseries,date,low,high,value,change,change_pct\r\n");

        assertThat(records.getFirst().values())
                .containsExactly("series", "date", "low", "high", "value", "change", "change_pct");
        assertThat(records.subList(1, records.size()))
                .extracting(r -> r.get(0))
                .containsExactly("氧化钕 万元/吨, \"spot\"", "two\r\nlines", "'=HYPERLINK(\"x\")", " spaced", "#1 ", "!");
        assertThat(records.subList(1, records.size()))
                .allSatisfy(
                        r -> assertThat(r.values()).containsExactly(r.get(0), "2026-02-11", "", "", "58.5", "", ""));
    }
}
