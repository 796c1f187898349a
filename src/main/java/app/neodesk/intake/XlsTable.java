package app.neodesk.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * A sheet of an Excel 97–2003 workbook (XLS) through HSSF. The format holds at most 65,536 rows
 * per sheet, so the workbook is read whole each time.
 */
public final class XlsTable extends WorkbookSheet {

    private XlsTable(Path file, String sheet, List<String> header, long headerLine) {
        super(file, sheet, header, headerLine);
    }

    public static List<String> sheets(Path file) throws IOException {
        try (var workbook = workbook(file)) {
            var names = new ArrayList<String>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                names.add(workbook.getSheetName(i));
            }
            return names;
        }
    }

    public static XlsTable open(Path file, @Nullable String sheet) throws IOException {
        var name = choose(sheets(file), sheet);
        var header = headerRow(new XlsTable(file, name, List.of(), 0));
        return new XlsTable(file, name, cells(header), header.line());
    }

    @Override
    public String description() {
        return "Excel 97–2003 workbook (XLS), sheet " + sheet;
    }

    @Override
    void read(Consumer<TableRow> sink, boolean headerOnly) throws IOException {
        try (var workbook = workbook(file)) {
            Sheet s = workbook.getSheet(sheet);
            var cells = new ExcelCells();
            boolean headerSeen = false;
            for (Row row : s) {
                var texts = new ArrayList<String>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    texts.add(text(row.getCell(c), cells));
                }
                if (texts.stream().allMatch(String::isBlank)) {
                    continue;
                }
                var tableRow = new TableRow(row.getRowNum() + 1L, texts);
                if (!headerSeen) {
                    headerSeen = true;
                    if (headerOnly) {
                        sink.accept(tableRow);
                        return;
                    }
                    continue;
                }
                sink.accept(tableRow);
            }
        }
    }

    private static String text(@Nullable Cell cell, ExcelCells cells) {
        if (cell == null) {
            return "";
        }
        var type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        : ExcelCells.plain(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue().strip();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static HSSFWorkbook workbook(Path file) throws IOException {
        try {
            return new HSSFWorkbook(new POIFSFileSystem(file.toFile(), true));
        } catch (IOException | RuntimeException e) {
            throw new VendorFileException(
                    "The file looks like an Excel 97–2003 workbook (XLS) but cannot be read."
                            + " Save it from Excel as .xlsx or as CSV and upload it again.",
                    e);
        }
    }
}
