package app.neodesk.quote;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;

/**
 * Imports of many quotes at once (vendor files read by a parser, generated history) and their
 * preview. Analysts and admins only. Every row meets the same rules as a quote entered by hand,
 * including the {@link ScaleGuard}; see {@link QuoteImporter} for the steps.
 */
@Service
public class QuoteImportService {

    private final QuoteImporter importer;

    QuoteImportService(QuoteImporter importer) {
        this.importer = importer;
    }

    /**
     * Imports the rows of {@code source} in one transaction. All or nothing by default: with any
     * problem nothing is stored and the report lists every problem; with
     * {@link ImportOptions#validRowsOnly()} the rows with problems are skipped. Rows identical to
     * stored quotes are skipped and counted. The caller discards the report when done with it
     * ({@link ImportReport#discard()}) to delete its problem file.
     *
     * @param origin   what the rows came from (e.g. the file name), for the audit entry
     * @param progress told how far the import is
     * @throws SeriesBusyException if another import of the same products holds them; nothing was stored
     * @throws IOException         if the source cannot be read
     */
    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    @Transactional
    public ImportReport importRows(ImportSource source, ImportOptions options, String origin,
                                   ImportProgress progress) throws IOException {
        return importer.run(source, options, origin, progress);
    }

    /**
     * What {@link #importRows} would do with the same source and options, without writing
     * anything: every row checked exactly as the import would, the first {@code limit} rows as
     * they would be stored, and the totals.
     */
    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    @Transactional(readOnly = true)
    public ImportPreview preview(ImportSource source, ImportOptions options, int limit) throws IOException {
        return importer.preview(source, options, limit);
    }
}
