package app.neodesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class XlsxTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-12T01:00:00.123Z"), ZoneOffset.UTC);
    private static final List<Xlsx.Column> COLUMNS = List.of(
            new Xlsx.Column("Date", 12),
            new Xlsx.Column("Name", 20),
            new Xlsx.Column("Mid (CNY/t)", 16),
            new Xlsx.Column("Count", 8));

    private static byte[] write(List<List<Object>> rows, String user) throws IOException {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
        try (var book = new Xlsx("Data", COLUMNS)) {
            rows.forEach(book::row);
            var out = new ByteArrayOutputStream();
            book.write(Xlsx.about("product=nd-metal-cn", "Yangtze", CLOCK, book.rows()), out);
            return out.toByteArray();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void datesAreDateCellsAndAmountsNumbersWithTheirDecimalsAndAThousandsSeparator() throws IOException {
        var bytes = write(
                List.of(
                        Arrays.asList(
                                LocalDate.of(2026, 2, 11),
                                "氧化钕 Nd₂O₃",
                                new Xlsx.Amount(new BigDecimal("1085000"), 0),
                                3),
                        Arrays.asList(
                                LocalDate.of(2021, 3, 18), null, new Xlsx.Amount(new BigDecimal("2490.5"), 2), null)),
                "analyst");
        var book = XlsxReader.read(bytes);
        var rows = book.rows();
        assertThat(rows).hasSize(2);
        var date = rows.get(0).getCell(0);
        assertThat(XlsxReader.isDate(date)).isTrue();
        assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 11));
        var mid = rows.get(0).getCell(2);
        assertThat(mid.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(mid.getNumericCellValue()).isEqualTo(1_085_000d);
        assertThat(mid.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        var twoDecimals = rows.get(1).getCell(2);
        assertThat(twoDecimals.getNumericCellValue()).isEqualTo(2490.5d);
        assertThat(twoDecimals.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        assertThat(rows.get(0).getCell(3).getNumericCellValue()).isEqualTo(3d);
        assertThat(rows.get(0).getCell(1).getStringCellValue()).isEqualTo("氧化钕 Nd₂O₃");
        assertThat(rows.get(1).getCell(1)).as("null is an empty cell").isNull();
    }

    @Test
    void headerRowIsFrozenAndTheAutoFilterCoversHeaderAndData() throws IOException {
        var book = XlsxReader.read(write(
                List.of(
                        Arrays.asList(LocalDate.of(2026, 2, 11), "a", new Xlsx.Amount(BigDecimal.ONE, 0), 1),
                        Arrays.asList(LocalDate.of(2026, 2, 10), "b", new Xlsx.Amount(BigDecimal.TWO, 0), 2)),
                "analyst"));
        assertThat(book.header()).containsExactly("Date", "Name", "Mid (CNY/t)", "Count");
        var pane = book.data().getPaneInformation();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) 1);
        assertThat(book.autoFilter()).isEqualTo("A1:D3");
        assertThat(book.data().getColumnWidth(1)).isEqualTo(20 * 256);
    }

    @Test
    void aboutSheetNamesFiltersSourcesTimeFromTheClockUserAndRowCount() throws IOException {
        var about = XlsxReader.read(write(
                        List.of(Arrays.asList(LocalDate.of(2026, 2, 11), "a", new Xlsx.Amount(BigDecimal.ONE, 0), 1)),
                        "李分析"))
                .about();
        assertThat(about)
                .containsEntry("Filters", "product=nd-metal-cn")
                .containsEntry("Sources", "Yangtze")
                .containsEntry("Exported at", "2026-02-12T01:00:00Z")
                .containsEntry("Exported by", "李分析")
                .containsEntry("Rows", "1");
        assertThat(about.get("Note")).startsWith("Prices are as stored");
    }

    @Test
    void emptyExportIsAValidWorkbookWithTheHeaderAndNoRowsInAbout() throws IOException {
        var book = XlsxReader.read(write(List.of(), "viewer"));
        assertThat(book.header()).containsExactly("Date", "Name", "Mid (CNY/t)", "Count");
        assertThat(book.rows()).isEmpty();
        assertThat(book.about()).containsEntry("Rows", "no rows");
        assertThat(book.autoFilter()).isEqualTo("A1:D1");
    }

    @Test
    void textLongerThanExcelsCellLimitIsCutInsteadOfFailingTheExport() throws IOException {
        var book = XlsxReader.read(
                write(List.of(Arrays.asList(LocalDate.of(2026, 2, 11), "x".repeat(40_000), null, null)), "analyst"));
        assertThat(book.rows().get(0).getCell(1).getStringCellValue()).hasSize(Xlsx.MAX_TEXT);
    }
}
