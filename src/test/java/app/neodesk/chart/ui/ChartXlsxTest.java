package app.neodesk.chart.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.base.XlsxReader;
import app.neodesk.chart.ChartState;
import app.neodesk.chart.PricePoint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.Test;

class ChartXlsxTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-12T01:00:00Z"), ZoneOffset.UTC);

    private static PricePoint point(String date, String low, String high, String mid) {
        return new PricePoint(LocalDate.parse(date), new BigDecimal(low), new BigDecimal(high), new BigDecimal(mid));
    }

    @Test
    void chartSeriesAreRowsWithDateCellsNumericValuesAndTheUnitInTheSeriesName() throws IOException {
        var nd = ChartSeries.ofQuotes(
                "1",
                "Neodymium metal ≥99.5% · China ex-works · CNY/t",
                SeriesKind.BAND,
                ChartScale.LEFT,
                null,
                List.of(
                        point("2026-02-10", "1040000", "1060000", "1050000"),
                        point("2026-02-11", "1080000", "1090000", "1085000")));
        var out = new ByteArrayOutputStream();
        ChartXlsx.write(ChartState.defaults(List.of("nd-metal-cn")), List.of(nd), CLOCK, out);
        var book = XlsxReader.read(out.toByteArray());
        assertThat(book.header())
                .containsExactly("Series (unit)", "Date", "Low", "High", "Value", "Change", "Change %");
        assertThat(book.rows()).hasSize(2);
        var last = book.rows().get(1);
        assertThat(book.cell(last, "Series (unit)").getStringCellValue()).endsWith("CNY/t");
        assertThat(XlsxReader.isDate(book.cell(last, "Date"))).isTrue();
        assertThat(book.cell(last, "Value").getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(book.cell(last, "Value").getNumericCellValue()).isEqualTo(1_085_000d);
        assertThat(book.cell(last, "Value").getCellStyle().getDataFormatString())
                .isEqualTo("#,##0");
        assertThat(book.cell(last, "Change").getNumericCellValue()).isEqualTo(35_000d);
        assertThat(book.cell(book.rows().get(0), "Change")).isNull();
        assertThat(book.about())
                .containsEntry("Exported at", "2026-02-12T01:00:00Z")
                .containsEntry("Exported by", "system")
                .containsEntry("Rows", "2");
        assertThat(book.about().get("Filters")).contains("products=nd-metal-cn");
    }

    @Test
    void chartThatDoesNotLoadGivesAWorkbookWithTheHeaderAndNoRows() throws IOException {
        var out = new ByteArrayOutputStream();
        ChartXlsx.write(ChartState.defaults(List.of("nd-metal-cn")), List.of(), CLOCK, out);
        var book = XlsxReader.read(out.toByteArray());
        assertThat(book.header()).hasSize(7);
        assertThat(book.about()).containsEntry("Rows", "no rows");
    }
}
