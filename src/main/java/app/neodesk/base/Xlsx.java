package app.neodesk.base;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * A streaming Excel workbook (Apache POI SXSSF): one data sheet with a bold, frozen header row and an
 * auto-filter over the data, and an "About" sheet of label–value lines. Only {@value #WINDOW} rows
 * are held in memory; older rows go to a temporary file that {@link #close()} deletes, so the memory
 * a workbook needs stays flat however many rows it has.
 *
 * <p>Cells are typed: a {@link LocalDate} is a date cell shown {@code yyyy-mm-dd}, a {@link Amount}
 * a numeric cell shown with its decimals and a thousands separator ({@code #,##0.00}), any other
 * {@link Number} a plain numeric cell, {@code null} an empty cell, anything else text. Text is never
 * evaluated as a formula in a workbook, so it needs no guard as in {@link Csv}.
 */
public final class Xlsx implements AutoCloseable {

    /** Rows kept in memory; the rest are flushed to the temporary file. */
    public static final int WINDOW = 100;
    /** The longest text a cell holds (Excel's limit). */
    static final int MAX_TEXT = 32_767;

    public static final String ABOUT_SHEET = "About";

    /** A column: its header and its width in characters. */
    public record Column(String header, int width) {}

    /** A number shown with {@code decimals} decimals and a thousands separator. */
    public record Amount(BigDecimal value, int decimals) {

        /** {@code value} as an amount, or {@code null} for {@code null}. */
        public static @Nullable Amount of(@Nullable BigDecimal value, int decimals) {
            return value == null ? null : new Amount(value, decimals);
        }
    }

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final int columns;
    private final CellStyle dateStyle;
    private final CellStyle headerStyle;
    private final Map<Integer, CellStyle> amountStyles = new HashMap<>();
    private int nextRow = 1;

    /** A workbook whose data sheet is {@code sheetName} with {@code columns} as its header row. */
    public Xlsx(String sheetName, List<Column> columns) {
        // Temporary files stay uncompressed: gzip of the rows cost more time than the disk space saves.
        this.sheet = workbook.createSheet(sheetName);
        this.columns = columns.size();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        var header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            var cell = header.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(headerStyle);
            sheet.setColumnWidth(i, Math.clamp(columns.get(i).width(), 4, 100) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** Adds one data row; {@code cells} are typed as the class comment says. */
    public void row(List<? extends @Nullable Object> cells) {
        var row = sheet.createRow(nextRow++);
        for (int i = 0; i < cells.size(); i++) {
            var value = cells.get(i);
            if (value == null) {
                continue;
            }
            var cell = row.createCell(i);
            switch (value) {
                case LocalDate date -> {
                    cell.setCellValue(date);
                    cell.setCellStyle(dateStyle);
                }
                case Amount amount -> {
                    cell.setCellValue(amount.value().doubleValue());
                    cell.setCellStyle(amountStyle(amount.decimals()));
                }
                case Number number -> cell.setCellValue(number.doubleValue());
                case Boolean flag -> cell.setCellValue(flag);
                default -> cell.setCellValue(text(value.toString()));
            }
        }
    }

    /**
     * The lines of an "About" sheet: the filters, the sources, the export time (ISO, from
     * {@code clock}), the signed-in user, the row count ("no rows" for none) and a note that the
     * prices are as stored.
     */
    public static Map<String, String> about(String filters, String sources, Clock clock, long rows) {
        var lines = new LinkedHashMap<String, String>();
        lines.put("Filters", filters);
        lines.put("Sources", sources.isBlank() ? "none" : sources);
        lines.put(
                "Exported at",
                Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
        lines.put("Exported by", CurrentUser.actor());
        lines.put("Rows", rows == 0 ? "no rows" : Long.toString(rows));
        lines.put(
                "Note",
                "Prices are as stored in Neodesk, each in the unit and currency its header or Unit "
                        + "column names, at the product's scale; nothing is converted.");
        return lines;
    }

    /** The number of data rows so far. */
    public long rows() {
        return nextRow - 1L;
    }

    /**
     * Adds the auto-filter over header and data, the "About" sheet with one line per entry (label,
     * value), and writes the workbook to {@code out} (which stays open).
     */
    public void write(Map<String, String> about, OutputStream out) throws IOException {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(nextRow - 1, 0), 0, Math.max(columns - 1, 0)));
        var aboutSheet = workbook.createSheet(ABOUT_SHEET);
        aboutSheet.setColumnWidth(0, 20 * 256);
        aboutSheet.setColumnWidth(1, 90 * 256);
        int r = 0;
        for (var line : about.entrySet()) {
            var row = aboutSheet.createRow(r++);
            var label = row.createCell(0);
            label.setCellValue(line.getKey());
            label.setCellStyle(headerStyle);
            row.createCell(1).setCellValue(text(line.getValue()));
        }
        workbook.write(out);
        out.flush();
    }

    /** Deletes the temporary files. */
    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private CellStyle amountStyle(int decimals) {
        int d = Math.clamp(decimals, 0, 10);
        return amountStyles.computeIfAbsent(d, k -> {
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(d == 0 ? "#,##0" : "#,##0." + "0".repeat(d)));
            return style;
        });
    }

    private static String text(String value) {
        return value.length() <= MAX_TEXT ? value : value.substring(0, MAX_TEXT);
    }
}
