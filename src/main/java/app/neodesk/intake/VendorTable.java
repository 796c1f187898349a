package app.neodesk.intake;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * A table in a vendor file, read as a stream of rows: the first non-blank row is the header and
 * every later non-blank row goes to the sink. Each call to {@link #rows} reads the file again,
 * in the same order, holding one row at a time.
 */
public interface VendorTable {

    /** "CSV, UTF-8, separated by ';'", "Excel workbook (XLSX), sheet 价格" */
    String description();

    /** The header cells, trimmed. */
    List<String> header();

    /** The header's line or row number. */
    long headerLine();

    /** Streams the data rows after the header; blank rows are skipped. */
    void rows(Consumer<TableRow> sink) throws IOException;
}
