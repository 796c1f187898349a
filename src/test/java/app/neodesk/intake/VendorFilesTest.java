package app.neodesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class VendorFilesTest {

    private static List<TableRow> rows(VendorTable table) throws IOException {
        var rows = new ArrayList<TableRow>();
        table.rows(rows::add);
        return rows;
    }

    @Test
    void wideChineseCsvInUtf8ReadsHeaderAndEveryRowWithItsLine() throws IOException {
        var opened = VendorFiles.open(Fixtures.copy("wide-oxides-wanyuan.csv"), null);
        assertThat(opened.format()).isEqualTo(VendorFiles.Format.CSV);
        assertThat(opened.table().header()).startsWith("日期", "氧化钕最低价(万元/吨)").hasSize(10);
        var rows = rows(opened.table());
        assertThat(rows).hasSize(127);
        assertThat(rows.getFirst().line()).isEqualTo(2);
        assertThat(rows.getFirst().cells()).startsWith("2023/2/23", "72.5", "73.5", "73");
        assertThat(opened.table().description()).contains("UTF-8", "commas");
    }

    @Test
    void theSameFileInGbkReadsTheSameChinese() throws IOException {
        var table = VendorFiles.open(Fixtures.copy("wide-oxides-gbk.csv"), null).table();
        assertThat(table.description()).contains("GB18030");
        assertThat(table.header()).startsWith("日期", "氧化钕最低价").endsWith("备注");
        var rows = rows(table);
        assertThat(rows).hasSize(127);
        assertThat(rows.stream().filter(r -> r.cell(10).equals("周末"))).hasSize(2);
    }

    @Test
    void readingTwiceGivesTheSameRowsInTheSameOrder() throws IOException {
        var table =
                VendorFiles.open(Fixtures.copy("wide-oxides-wanyuan.csv"), null).table();
        assertThat(rows(table)).isEqualTo(rows(table));
    }

    @Test
    void xlsxDateCellsBecomeIsoAndNumbersKeepTheirFullPrecision() throws IOException {
        var opened = VendorFiles.open(Fixtures.copy("wide-oxides.xlsx"), null);
        assertThat(opened.format()).isEqualTo(VendorFiles.Format.XLSX);
        assertThat(opened.sheets()).containsExactly("价格", "氧化铽");
        assertThat(opened.table().header()).startsWith("日期", "氧化钕最低价(万元/吨)");
        var rows = rows(opened.table());
        assertThat(rows).hasSize(127);
        // shown as "68.3" by the cell format, stored as 68.25
        assertThat(rows.getFirst().cells()).startsWith("2023-02-23", "72.5", "73.5", "73", "68.25");
    }

    @Test
    void xlsReadsLikeXlsxAndAnotherSheetCanBePicked() throws IOException {
        var xls = VendorFiles.open(Fixtures.copy("wide-oxides.xls"), null);
        assertThat(xls.format()).isEqualTo(VendorFiles.Format.XLS);
        assertThat(rows(xls.table()).getFirst().cells()).startsWith("2023-02-23", "72.5", "73.5", "73", "68.25");
        var tb = VendorFiles.open(Fixtures.copy("wide-oxides.xlsx"), "氧化铽").table();
        assertThat(tb.header()).containsExactly("日期", "价格(元/公斤)");
        assertThat(rows(tb)).extracting(r -> r.cell(1)).containsExactly("7,250", "7,300", "7,300");
    }

    @Test
    void anUnknownSheetIsRefusedWithTheSheetsThereAre() {
        assertThatThrownBy(() -> VendorFiles.open(Fixtures.copy("wide-oxides.xlsx"), "Sheet9"))
                .isInstanceOf(VendorFileException.class)
                .hasMessageContaining("价格, 氧化铽");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> VendorFiles.open(Fixtures.write(".csv", new byte[0]), null))
                .isInstanceOf(VendorFileException.class)
                .hasMessage("The file is empty: there is no header line and no prices.");
        assertThatThrownBy(() ->
                        VendorFiles.open(Fixtures.write(".csv", "\r\n \r\n".getBytes(StandardCharsets.UTF_8)), null))
                .isInstanceOf(VendorFileException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void aPngIsRefusedAsNotAPriceTable() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> VendorFiles.open(Fixtures.write(".csv", png), null))
                .isInstanceOf(VendorFileException.class)
                .hasMessageContaining("not a price table");
    }

    @Test
    void aZipThatIsNotAWorkbookIsRefused() throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("prices.txt"));
            zip.write("氧化钕 51".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> VendorFiles.open(Fixtures.write(".xlsx", bytes.toByteArray()), null))
                .isInstanceOf(VendorFileException.class)
                .hasMessageContaining("not an Excel workbook");
    }

    @Test
    void controlCharacterGarbageIsRefusedAsBinary() {
        var garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        for (int i = 0; i < garbage.length; i++) {
            if (garbage[i] == 0) {
                garbage[i] = 1;
            }
        }
        garbage[0] = 'x';
        assertThatThrownBy(() -> VendorFiles.open(Fixtures.write(".csv", garbage), null))
                .isInstanceOf(VendorFileException.class)
                .hasMessageContaining("binary");
    }

    @Test
    void aHeaderOnlyFileOpensWithNoRows() throws IOException {
        var table = VendorFiles.open(Fixtures.copy("header-only.csv"), null).table();
        assertThat(table.header()).hasSize(4);
        assertThat(rows(table)).isEmpty();
    }

    @Test
    void semicolonFilesWithQuotedCellsAndBlankLinesKeepTheirLineNumbers() throws IOException {
        var text =
                "日期;品名;价格\r\n\r\n2023-09-01;金属钕;\"640 000\"\r\n2023-09-04;\"金属\n钕\";645000\r\n2023-09-05;金属钕;650000\r\n";
        var table = VendorFiles.open(Fixtures.write(".csv", text.getBytes(StandardCharsets.UTF_8)), null)
                .table();
        assertThat(rows(table)).extracting(TableRow::line).containsExactly(3L, 4L, 6L);
    }
}
