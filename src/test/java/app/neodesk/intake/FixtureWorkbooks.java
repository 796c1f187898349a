package app.neodesk.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the workbook fixtures {@code intake/wide-oxides.xlsx} and {@code .xls} once from
 * {@code wide-oxides-wanyuan.csv}: sheet "价格" with real date cells and numeric prices (shown as
 * "#,##0.00"), sheet "氧化铽" with a narrow table. Run from the repository root:
 * {@code java -cp target/test-classes:$(cat cp.txt) app.neodesk.intake.FixtureWorkbooks}.
 */
public final class FixtureWorkbooks {

    private FixtureWorkbooks() {}

    public static void main(String[] args) throws IOException {
        var dir = Path.of("src/test/resources/intake");
        var lines = Files.readAllLines(dir.resolve("wide-oxides-wanyuan.csv"), StandardCharsets.UTF_8);
        try (var xlsx = new XSSFWorkbook();
                var out = Files.newOutputStream(dir.resolve("wide-oxides.xlsx"))) {
            fill(xlsx, lines);
            xlsx.write(out);
        }
        try (var xls = new HSSFWorkbook();
                var out = Files.newOutputStream(dir.resolve("wide-oxides.xls"))) {
            fill(xls, lines);
            xls.write(out);
        }
    }

    static void fill(Workbook workbook, List<String> lines) {
        var helper = workbook.getCreationHelper();
        var dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(helper.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
        var priceStyle = workbook.createCellStyle();
        priceStyle.setDataFormat(helper.createDataFormat().getFormat("#,##0.0"));
        var sheet = workbook.createSheet("价格");
        for (int i = 0; i < lines.size(); i++) {
            var cells = lines.get(i).split(",", -1);
            var row = sheet.createRow(i);
            for (int c = 0; c < cells.length; c++) {
                if (i == 0) {
                    row.createCell(c).setCellValue(cells[c]);
                } else if (c == 0) {
                    var parts = cells[0].split("/");
                    var cell = row.createCell(c);
                    cell.setCellValue(LocalDate.of(
                            Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
                    cell.setCellStyle(dateStyle);
                } else if (!cells[c].isEmpty()) {
                    var cell = row.createCell(c);
                    cell.setCellValue(Double.parseDouble(cells[c]));
                    cell.setCellStyle(priceStyle); // shows 68.3 for 68.25: the reader must not use the display
                }
            }
        }
        var tb = workbook.createSheet("氧化铽");
        String[][] rows = {{"日期", "价格(元/公斤)"}, {"2023-08-30", "7,250"}, {"2023-08-31", "7,300"}, {"2023-09-01", "7,300"}
        };
        for (int i = 0; i < rows.length; i++) {
            var row = tb.createRow(i);
            row.createCell(0).setCellValue(rows[i][0]);
            row.createCell(1).setCellValue(rows[i][1]);
        }
    }
}
