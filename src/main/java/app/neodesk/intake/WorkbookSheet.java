package app.neodesk.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A sheet of a workbook (XLS or XLSX): its file, name and header row. Subclasses read the rows
 * their own way; opening (which sheet, which header) is the same for both.
 */
abstract class WorkbookSheet implements VendorTable {

    final Path file;
    final String sheet;
    private final List<String> header;
    private final long headerLine;

    WorkbookSheet(Path file, String sheet, List<String> header, long headerLine) {
        this.file = file;
        this.sheet = sheet;
        this.header = header;
        this.headerLine = headerLine;
    }

    /** The sheet to open: {@code sheet}, or the first one. */
    static String choose(List<String> names, @Nullable String sheet) {
        if (names.isEmpty()) {
            throw new VendorFileException("The workbook has no sheets.");
        }
        var name = sheet == null ? names.getFirst() : sheet;
        if (!names.contains(name)) {
            throw new VendorFileException(
                    "The workbook has no sheet '" + name + "'. Its sheets: " + String.join(", ", names));
        }
        return name;
    }

    /** The first non-blank row, read by {@code probe} (a sheet opened without its header yet). */
    static TableRow headerRow(WorkbookSheet probe) throws IOException {
        var first = new ArrayList<TableRow>(1);
        probe.read(first::add, true);
        if (first.isEmpty()) {
            throw new VendorFileException(
                    "The sheet '" + probe.sheet + "' is empty: there is no header row and no prices.");
        }
        return first.getFirst();
    }

    /** The header cells of {@code row}, trimmed. */
    static List<String> cells(TableRow row) {
        return row.cells().stream().map(String::strip).toList();
    }

    public String sheet() {
        return sheet;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public long headerLine() {
        return headerLine;
    }

    @Override
    public void rows(Consumer<TableRow> sink) throws IOException {
        read(sink, false);
    }

    /** Every non-blank row after the header, or with {@code headerOnly} just the first non-blank row. */
    abstract void read(Consumer<TableRow> sink, boolean headerOnly) throws IOException;
}
