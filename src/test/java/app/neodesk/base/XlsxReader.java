package app.neodesk.base;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test helper: an exported workbook read back with POI's XSSF, with its data sheet and About lines. */
public record XlsxReader(XSSFWorkbook workbook) {

    public static XlsxReader read(byte[] bytes) {
        try {
            return new XlsxReader(new XSSFWorkbook(new ByteArrayInputStream(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Sheet data() {
        return workbook.getSheetAt(0);
    }

    /** The header cells of the data sheet. */
    public List<String> header() {
        var header = new ArrayList<String>();
        data().getRow(0).forEach(c -> header.add(c.getStringCellValue()));
        return header;
    }

    /** The index of the header, failing when missing. */
    public int column(String header) {
        int i = header().indexOf(header);
        if (i < 0) {
            throw new AssertionError("No column '" + header + "' in " + header());
        }
        return i;
    }

    /** The data rows (after the header). */
    public List<Row> rows() {
        var rows = new ArrayList<Row>();
        for (int i = 1; i <= data().getLastRowNum(); i++) {
            if (data().getRow(i) != null) {
                rows.add(data().getRow(i));
            }
        }
        return rows;
    }

    public Cell cell(Row row, String header) {
        return row.getCell(column(header));
    }

    /** Whether a cell is a numeric cell formatted as a date. */
    public static boolean isDate(Cell cell) {
        return cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell);
    }

    public Map<String, String> about() {
        var lines = new LinkedHashMap<String, String>();
        var sheet = workbook.getSheet(Xlsx.ABOUT_SHEET);
        for (var row : sheet) {
            lines.put(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue());
        }
        return lines;
    }

    /** The auto-filter range of the data sheet, e.g. "A1:L3", or null. */
    public String autoFilter() {
        var filter = workbook.getSheetAt(0).getCTWorksheet().getAutoFilter();
        return filter == null ? null : filter.getRef();
    }
}
