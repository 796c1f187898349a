package app.neodesk.intake.ui;

import app.neodesk.base.ErrorReports;
import app.neodesk.base.UploadProperties;
import app.neodesk.base.UserMessageException;
import app.neodesk.base.ui.LimitedUploadHandler;
import app.neodesk.intake.VendorUpload;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.server.Command;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Step 1: upload a vendor file (CSV, TSV, semicolon-separated, XLSX, XLS). The server stops reading
 * at the size limit; the received file is opened (format, encoding, header, first rows) in the
 * upload's request, and a file that cannot be a price table is refused with the reason.
 */
public class UploadStep extends VerticalLayout {

    /** Opens a received file: {@code VendorImportService#open} with the first sheet. */
    @FunctionalInterface
    public interface Opener extends Serializable {
        VendorUpload open(Path file, String fileName) throws IOException;
    }

    private static final Logger log = LoggerFactory.getLogger(UploadStep.class);

    final Upload upload;
    final LimitedUploadHandler handler;
    final Span message = new Span();
    private final Opener opener;
    private final Consumer<VendorUpload> onOpened;
    private final UI ui;

    public UploadStep(long maxBytes, Opener opener, Consumer<VendorUpload> onOpened) {
        this.opener = opener;
        this.onOpened = onOpened;
        this.ui = UI.getCurrent();
        addClassName("upload-step");
        setPadding(false);
        handler = new LimitedUploadHandler(maxBytes, this::received, this::refused);
        upload = new Upload(handler);
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setAcceptedFileTypes(
                ".csv",
                ".tsv",
                ".txt",
                ".xlsx",
                ".xls",
                "text/csv",
                "text/tab-separated-values",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "application/vnd.ms-excel");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        message.addClassName("import-status");
        add(
                new Paragraph(
                        "Vendor price files as they come: CSV, TSV or semicolon-separated text (UTF-8, UTF-8 with BOM,"
                                + " GBK/GB18030) or an Excel workbook (XLSX, XLS), English or Chinese headers, at most "
                                + UploadProperties.describe(maxBytes)
                                + ". Nothing is stored before you confirm the import."),
                upload,
                message);
    }

    /** Called in the upload's request thread with the received file. */
    private void received(String fileName, Path file) {
        try {
            var opened = opener.open(file, fileName);
            if (!push(() -> {
                message.setText("");
                upload.clearFileList();
                onOpened.accept(opened);
            })) {
                delete(file); // the tab closed meanwhile: nobody will use the file
            }
        } catch (UserMessageException e) {
            delete(file);
            push(() -> fail(e.getMessage() + " Nothing was imported."));
        } catch (IOException | RuntimeException e) {
            delete(file);
            var described = ErrorReports.describe(e);
            log.warn("Opening {} failed (error id {})", fileName, described.errorId());
            push(() -> fail("The file cannot be read. Nothing was imported. " + described.text()));
        }
    }

    /** Called when the upload is refused, e.g. over the limit. */
    private void refused(String fileName, String reason) {
        push(() -> fail(reason + ". Nothing was imported."));
    }

    private void fail(String text) {
        message.setText(text);
        message.setClassName("import-status fall");
        upload.clearFileList();
    }

    /** Runs {@code command} in the UI; false if the tab is gone. */
    private boolean push(Command command) {
        try {
            ui.access(command);
            return true;
        } catch (UIDetachedException e) {
            log.debug("Import wizard closed while a file arrived");
            return false;
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file; the OS cleans up
        }
    }
}
