package app.neodesk.quote;

import app.neodesk.base.FileTooLargeException;
import app.neodesk.base.SizeLimitedInputStream;
import app.neodesk.base.UploadProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports of many quotes at once (vendor files read by a parser, generated history) and their
 * preview. Analysts and admins only. Every row meets the same rules as a quote entered by hand,
 * including the {@link ScaleGuard}; see {@link QuoteImporter} for the steps.
 */
@Service
public class QuoteImportService {

    private final QuoteImporter importer;
    private final UploadProperties uploads;

    QuoteImportService(QuoteImporter importer, UploadProperties uploads) {
        this.importer = importer;
        this.uploads = uploads;
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
    public ImportReport importRows(ImportSource source, ImportOptions options, String origin, ImportProgress progress)
            throws IOException {
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

    /**
     * Imports a CSV file of historical quotes ({@code date,product,source,low,high[,mid][,comment]}).
     * All or nothing: with any bad or conflicting row nothing is stored and the report lists the
     * problems. Rows identical to stored quotes are skipped and counted. The stream is read at most
     * up to the upload limit ({@code neodesk.upload.max-size}); a larger file is refused whole.
     *
     * @throws SeriesBusyException if another import of the same products holds them; nothing was stored
     */
    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    @Transactional
    public ImportReport importCsv(InputStream csv, String fileName, ImportProgress progress) throws IOException {
        progress.update("Reading", 0, 0);
        // The steps read the rows again instead of holding them, so the file is kept on disk meanwhile.
        var file = Files.createTempFile("neodesk-import-", ".csv");
        try {
            try (var in = new SizeLimitedInputStream(csv, uploads.maxBytes());
                    var out = Files.newOutputStream(file)) {
                in.transferTo(out);
            } catch (FileTooLargeException e) {
                return ImportReport.refused(e.getMessage());
            }
            return importer.run(ImportSource.csv(file), ImportOptions.STRICT, fileName, progress);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Imports a CSV file that is already on disk (an upload the server received), without copying
     * it again; the same rules as {@link #importCsv}. The caller keeps and deletes the file.
     *
     * @throws SeriesBusyException if another import of the same products holds them; nothing was stored
     */
    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    @Transactional
    public ImportReport importCsvFile(Path file, String fileName, ImportProgress progress) throws IOException {
        progress.update("Reading", 0, 0);
        if (Files.size(file) > uploads.maxBytes()) {
            return ImportReport.refused(UploadProperties.tooLargeMessage(uploads.maxBytes()));
        }
        return importer.run(ImportSource.csv(file), ImportOptions.STRICT, fileName, progress);
    }

    /** Imports rows that are already parsed (e.g. generated demo history), with the same checks as a file. */
    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    @Transactional
    public ImportReport importRows(List<ImportRow> rows, String origin, ImportProgress progress) {
        try {
            return importer.run(ImportSource.of(rows), ImportOptions.STRICT, origin, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // rows in memory are never read from a stream
        }
    }
}
