package app.neodesk.quote.ui;

import app.neodesk.quote.ImportProblem;
import app.neodesk.quote.ImportReport;
import app.neodesk.quote.QuoteCsv;
import app.neodesk.quote.QuoteService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

/**
 * Uploads a CSV of historical quotes and imports it in a background thread, showing progress
 * (pushed to the browser) and finally the report: imported, skipped, or the problems by line.
 */
public class ImportDialog extends Dialog {

    public static final int MAX_FILE_BYTES = 64 * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(ImportDialog.class);

    final Upload upload;
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();
    final Grid<ImportProblem> problems = new Grid<>();
    private final QuoteService quotes;
    private final Runnable onImported;

    public ImportDialog(QuoteService quotes, Runnable onImported) {
        this.quotes = quotes;
        this.onImported = onImported;
        setHeaderTitle("Import quotes from CSV");
        setWidth("min(56rem, 95vw)");
        var ui = UI.getCurrent();
        upload = new Upload(UploadHandler.toTempFile((meta, file) -> start(ui, meta.fileName(), file)));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        progress.setVisible(false);
        status.addClassName("import-status");
        problems.addColumn(ImportProblem::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::column).setHeader("Column").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::message).setHeader("Problem").setFlexGrow(1);
        problems.addThemeVariants(GridVariant.LUMO_COMPACT);
        problems.setVisible(false);
        problems.setHeight("18rem");
        add(new Paragraph("Columns: " + String.join(",", QuoteCsv.IMPORT_COLUMNS) + " (mid and comment optional)."
                + " Product and source are codes, dates ISO (2026-02-11), numbers plain (1085000). UTF-8."
                + " A file with any bad row imports nothing."), upload, progress, status, problems);
        getFooter().add(new Button("Close", e -> close()));
    }

    private void start(UI ui, String fileName, File file) {
        ui.access(() -> {
            progress.setVisible(true);
            progress.setIndeterminate(true);
            status.setText("Reading " + fileName + "…");
            problems.setVisible(false);
        });
        var work = new DelegatingSecurityContextRunnable(() -> run(ui, fileName, file));
        Thread.ofVirtual().name("quote-import").start(work);
    }

    private void run(UI ui, String fileName, File file) {
        try (InputStream in = Files.newInputStream(file.toPath())) {
            var report = quotes.importCsv(in, fileName, (phase, done, total) -> ui.access(() -> {
                if (total > 0) {
                    progress.setIndeterminate(false);
                    progress.setValue(Math.min(1.0, (double) done / total));
                }
                status.setText(phase + (total > 0 ? " " + done + " / " + total : "") + "…");
            }));
            ui.access(() -> show(report));
        } catch (IOException | RuntimeException e) {
            log.warn("Import of {} failed", fileName, e);
            ui.access(() -> {
                progress.setVisible(false);
                status.setText("The import failed: " + e.getMessage() + ". Nothing was imported.");
            });
        } finally {
            try {
                Files.deleteIfExists(file.toPath());
            } catch (IOException ignored) {
                // temp file, the OS cleans up
            }
        }
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
