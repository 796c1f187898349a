package app.neodesk.intake;

import app.neodesk.base.ValidationException;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import app.neodesk.quote.ImportOptions;
import app.neodesk.quote.ImportPreview;
import app.neodesk.quote.ImportProgress;
import app.neodesk.quote.ImportReport;
import app.neodesk.quote.ImportSource;
import app.neodesk.quote.QuoteImportService;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vendor price files into quotes: opens an uploaded file (CSV, TSV, semicolon-separated, XLSX, XLS),
 * proposes a column mapping from its header, and hands the file read through the user's mapping to
 * the import engine ({@link QuoteImportService}) for the preview and the import. Analysts and admins only.
 */
@Service
@PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
public class VendorImportService {

    /** Rows shown while mapping. */
    public static final int SAMPLE_ROWS = 5;

    private final ProductService products;
    private final SourceService sources;
    private final QuoteImportService imports;

    VendorImportService(ProductService products, SourceService sources, QuoteImportService imports) {
        this.products = products;
        this.sources = sources;
        this.imports = imports;
    }

    /**
     * Opens a received file and proposes its mapping.
     *
     * @param sheet a workbook's sheet, {@code null} for the first
     * @throws VendorFileException when the file cannot be a price table: empty, header only, binary, not a workbook, …
     */
    @Transactional(readOnly = true)
    public VendorUpload open(Path file, String fileName, @Nullable String sheet) throws IOException {
        var opened = VendorFiles.open(file, sheet);
        var table = opened.table();
        var sample = sample(table);
        if (sample.isEmpty()) {
            throw new VendorFileException("The file has a header but no prices: "
                    + abbreviate(String.join(", ", table.header())) + ". Nothing to import.");
        }
        var catalog = catalog();
        var mapping = new HeaderMapper(catalog::productCode).map(table.header());
        String chosen = opened.sheets().isEmpty()
                ? null
                : sheet == null ? opened.sheets().getFirst() : sheet;
        return new VendorUpload(file, fileName, opened.format(), opened.sheets(), chosen, table, mapping, sample);
    }

    /** The upload read through {@code mapping}, as the import engine reads it. */
    @Transactional(readOnly = true)
    public ImportSource source(VendorUpload upload, ImportMapping mapping) {
        var missing = mapping.missing();
        if (!missing.isEmpty()) {
            throw new ValidationException(String.join(" ", missing));
        }
        return new VendorSource(upload.table(), mapping, catalog());
    }

    /** What the import would store: the first {@code limit} rows with their status, and the totals. Writes nothing. */
    @Transactional(readOnly = true)
    public ImportPreview preview(VendorUpload upload, ImportMapping mapping, ImportOptions options, int limit)
            throws IOException {
        return imports.preview(source(upload, mapping), options, limit);
    }

    /** Imports the file as mapped; see {@link QuoteImportService#importRows}. */
    public ImportReport importFile(
            VendorUpload upload, ImportMapping mapping, ImportOptions options, ImportProgress progress)
            throws IOException {
        return imports.importRows(source(upload, mapping), options, upload.fileName(), progress);
    }

    private ServiceCatalog catalog() {
        return new ServiceCatalog(products.aliasIndex(), sources.aliasIndex());
    }

    /** The first rows, read without going through the whole file. */
    private static List<TableRow> sample(VendorTable table) throws IOException {
        var rows = new ArrayList<TableRow>(SAMPLE_ROWS);
        try {
            table.rows(row -> {
                rows.add(row);
                if (rows.size() == SAMPLE_ROWS) {
                    throw Enough.INSTANCE;
                }
            });
        } catch (Enough enough) {
            // sample complete
        }
        return rows;
    }

    /** Stops a read once the sample is complete. */
    private static final class Enough extends RuntimeException {
        static final Enough INSTANCE = new Enough();

        private Enough() {
            super(null, null, false, false);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 119) + "…";
    }
}
