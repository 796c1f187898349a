package app.neodesk.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A sheet of an XLSX workbook, streamed with POI's SAX reader (XSSFReader and
 * XSSFSheetXMLHandler): one row in memory at a time, so a sheet of 100,000 rows never loads whole.
 */
public final class XlsxTable extends WorkbookSheet {

    private XlsxTable(Path file, String sheet, List<String> header, long headerLine) {
        super(file, sheet, header, headerLine);
    }

    /** The names of the workbook's sheets, in order. */
    public static List<String> sheets(Path file) throws IOException {
        var names = new ArrayList<String>();
        try (var pkg = open(file)) {
            var it = reader(pkg).getSheetIterator();
            while (it.hasNext()) {
                try (InputStream ignored = it.next()) {
                    names.add(it.getSheetName());
                }
            }
        } catch (OpenXML4JException e) {
            throw notWorkbook(e);
        }
        return names;
    }

    /** Opens a sheet ({@code null}: the first) and reads its header row. */
    public static XlsxTable open(Path file, @Nullable String sheet) throws IOException {
        var name = choose(sheets(file), sheet);
        var header = headerRow(new XlsxTable(file, name, List.of(), 0));
        return new XlsxTable(file, name, cells(header), header.line());
    }

    @Override
    public String description() {
        return "Excel workbook (XLSX), sheet " + sheet;
    }

    @Override
    void read(Consumer<TableRow> sink, boolean headerOnly) throws IOException {
        try (var pkg = open(file)) {
            var reader = reader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg, false);
            var styles = reader.getStylesTable();
            var it = reader.getSheetIterator();
            while (it.hasNext()) {
                try (InputStream data = it.next()) {
                    if (!it.getSheetName().equals(sheet)) {
                        continue;
                    }
                    var rows = new RowCollector(sink, headerOnly);
                    var xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, rows, new ExcelCells(), false));
                    try {
                        xml.parse(new InputSource(data));
                    } catch (StopUnchecked stop) {
                        // header read
                    }
                    return;
                }
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw notWorkbook(e);
        }
    }

    /** Collects the cells of each row by column, skipping blank rows and (unless asked for it) the header. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Consumer<TableRow> sink;
        private final boolean headerOnly;
        private final ArrayList<@Nullable String> cells = new ArrayList<>();
        private boolean headerSeen;

        RowCollector(Consumer<TableRow> sink, boolean headerOnly) {
            this.sink = sink;
            this.headerOnly = headerOnly;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            var row = new TableRow(
                    rowNum + 1L,
                    cells.stream().map(c -> c == null ? "" : c.strip()).toList());
            if (!headerSeen) {
                headerSeen = true;
                if (headerOnly) {
                    sink.accept(row);
                    throw new StopUnchecked();
                }
                return;
            }
            sink.accept(row);
        }

        @Override
        public void cell(String reference, @Nullable String value, @Nullable XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, value);
        }
    }

    /** Stops the SAX parse once the header is read (SheetContentsHandler cannot throw checked exceptions). */
    private static final class StopUnchecked extends RuntimeException {
        StopUnchecked() {
            super(null, null, false, false);
        }
    }

    private static OPCPackage open(Path file) throws IOException {
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw notWorkbook(e);
        }
    }

    private static XSSFReader reader(OPCPackage pkg) throws IOException, OpenXML4JException {
        try {
            return new XSSFReader(pkg);
        } catch (RuntimeException e) {
            throw notWorkbook(e);
        }
    }

    static VendorFileException notWorkbook(Exception e) {
        return new VendorFileException(
                "The file is a ZIP archive but not an Excel workbook (XLSX) that can be read."
                        + " Save it from Excel as .xlsx or as CSV and upload it again.",
                e);
    }
}
