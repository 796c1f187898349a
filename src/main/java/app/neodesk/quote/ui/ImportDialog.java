package app.neodesk.quote.ui;

import app.neodesk.base.ErrorReports;
import app.neodesk.base.ui.LimitedUploadHandler;
import app.neodesk.quote.ImportProblem;
import app.neodesk.quote.ImportProgress;
import app.neodesk.quote.ImportReport;
import app.neodesk.quote.QuoteCsv;
import app.neodesk.quote.SeriesBusyException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.server.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Uploads a CSV of historical quotes and imports it in a background thread, showing progress
 * (pushed to the browser) and finally the report: imported, skipped, or the problems by line. The
 * server stops reading an upload at the size limit. A failure shows a plain message, never the
 * exception's text; unexpected ones are logged with a reference the user can quote.
 */
public class ImportDialog extends Dialog {

    /** Runs the import of the received file: {@code QuoteService::importCsvFile}. */
    @FunctionalInterface
    public interface Importer extends Serializable {
        ImportReport importCsv(Path file, String fileName, ImportProgress progress) throws IOException;
    }

    private static final Logger log = LoggerFactory.getLogger(ImportDialog.class);

    final Upload upload;
    final LimitedUploadHandler handler;
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();
    final Grid<ImportProblem> problems = new Grid<>();
    private final Importer importer;
    private final Runnable onImported;
    private final UI ui;

    /**
     * @param maxBytes the upload limit ({@code neodesk.upload.max-size})
     */
    public ImportDialog(Importer importer, long maxBytes, Runnable onImported) {
        this.importer = importer;
        this.onImported = onImported;
        this.ui = UI.getCurrent();
        setHeaderTitle("Import quotes from CSV");
        setWidth("min(56rem, 95vw)");
        handler = new LimitedUploadHandler(maxBytes, this::start, this::refused);
        upload = new Upload(handler);
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        // The browser's check spares a pointless upload; the server enforces the limit anyway.
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        progress.setVisible(false);
        status.addClassName("import-status");
        problems.addColumn(ImportProblem::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::column).setHeader("Column").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::message).setHeader("Problem").setFlexGrow(1);
        problems.addThemeVariants(GridVariant.LUMO_COMPACT);
        problems.setVisible(false);
        problems.setHeight("18rem");
        add(new Paragraph("Columns: " + String.join(",", QuoteCsv.IMPORT_COLUMNS) + " (mid and comment optional)."
                + " Product and source are codes, dates ISO (2026-02-11), numbers plain (1085000). UTF-8, at most "
                + app.neodesk.base.UploadProperties.describe(maxBytes) + "."
                + " A file with any bad row imports nothing."), upload, progress, status, problems);
        getFooter().add(new Button("Close", e -> close()));
    }

    /** Called by the upload handler (request thread) with the received file. */
    private void start(String fileName, Path file) {
        push(() -> {
            progress.setVisible(true);
            progress.setIndeterminate(true);
            status.setText("Reading " + fileName + "…");
            status.setClassName("import-status");
            problems.setVisible(false);
        });
        var work = new DelegatingSecurityContextRunnable(() -> importFile(fileName, file));
        Thread.ofVirtual().name("quote-import").start(work);
    }

    /** Called by the upload handler (request thread) when the file is refused, e.g. over the limit. */
    private void refused(String fileName, String message) {
        push(() -> fail(message + ". Nothing was imported."));
    }

    /**
     * Shows something in the dialog from a background thread. A closed or reloaded tab must not
     * abort the import it started (the progress callback runs inside the import's transaction), so a
     * detached UI only means nobody is watching.
     */
    private void push(Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            log.debug("Import dialog closed while the import runs on");
        }
    }

    /** Imports the received file and shows the outcome; deletes the file. Runs off the UI thread. */
    void importFile(String fileName, Path file) {
        try {
            var report = importer.importCsv(file, fileName, (phase, done, total) -> push(() -> {
                if (total > 0) {
                    progress.setIndeterminate(false);
                    progress.setValue(Math.min(1.0, (double) done / total));
                }
                status.setText(phase + (total > 0 ? " " + done + " / " + total : "") + "…");
            }));
            push(() -> show(report));
        } catch (SeriesBusyException e) {
            push(() -> fail(e.getMessage() + ". Nothing was imported."));
        } catch (IOException | RuntimeException e) {
            var message = ErrorReports.describe(e);
            log.warn("Import of {} failed (error id {})", fileName, message.errorId());
            push(() -> fail("The import failed. Nothing was imported. " + message.text()));
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // temp file, the OS cleans up
            }
        }
    }

    private void fail(String message) {
        progress.setVisible(false);
        problems.setVisible(false);
        status.setText(message);
        status.setClassName("import-status fall");
    }

    void show(ImportReport report) {
        progress.setVisible(false);
        if (report.succeeded()) {
            status.setText("Imported " + report.imported() + " quotes; " + report.skipped()
                    + " rows were identical to stored quotes and skipped.");
            status.setClassName("import-status rise");
            problems.setVisible(false);
            onImported.run();
        } else {
            status.setText("Nothing was imported: " + report.problemCount() + " problem"
                    + (report.problemCount() == 1 ? "" : "s") + " in " + report.rows() + " rows"
                    + (report.problemCount() > report.problems().size() ? " (first " + report.problems().size()
                    + " listed)" : "") + ". Fix the file and upload it again.");
            status.setClassName("import-status fall");
            problems.setItems(report.problems());
            problems.setVisible(true);
        }
    }
}
