package app.neodesk.intake.ui;

import app.neodesk.base.ErrorReports;
import app.neodesk.base.UploadProperties;
import app.neodesk.base.UserMessageException;
import app.neodesk.base.ValidationException;
import app.neodesk.base.ui.Headings;
import app.neodesk.base.ui.Notifications;
import app.neodesk.base.ui.RouteLinks;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import app.neodesk.intake.ImportMapping;
import app.neodesk.intake.VendorImportService;
import app.neodesk.intake.VendorUpload;
import app.neodesk.quote.ImportOptions;
import app.neodesk.quote.ImportReport;
import app.neodesk.quote.SeriesBusyException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.Command;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * The import wizard for vendor price files: upload → mapping → preview → import → report, one
 * component per step. Nothing is stored before "Import"; the import runs in the background and
 * pushes its progress. The received file lives until the next upload or until the view closes.
 */
@Route(RouteLinks.QUOTE_IMPORT)
@PageTitle("Import prices · Neodesk")
@Menu(order = 12, icon = "vaadin:upload", title = "Import prices")
@RolesAllowed({"ANALYST", "ADMIN"})
public class ImportWizardView extends VerticalLayout {

    static final List<String> STEPS = List.of("Upload", "Mapping", "Preview", "Import", "Report");
    static final int PREVIEW_ROWS = 50;
    private static final Logger log = LoggerFactory.getLogger(ImportWizardView.class);

    final Div steps = new Div();
    final Div body = new Div();

    @Nullable
    UploadStep uploadStep;

    @Nullable
    MappingStep mappingStep;

    @Nullable
    PreviewStep previewStep;

    @Nullable
    ReportStep reportStep;

    private final VendorImportService service;
    private final ProductService products;
    private final SourceService sources;
    private final long maxBytes;
    private final UI ui;
    private @Nullable VendorUpload upload;
    private @Nullable ImportMapping mapping;
    private @Nullable ImportReport report;
    private volatile boolean importing;
    /** Set when the view closes: an import still running then cleans up after itself. */
    private volatile boolean detached;
    /** Runs the import off the UI thread (tests run it in place). */
    Executor importer = work -> Thread.ofVirtual().name("vendor-import").start(work);

    public ImportWizardView(
            VendorImportService service, ProductService products, SourceService sources, UploadProperties uploads) {
        this.service = service;
        this.products = products;
        this.sources = sources;
        this.maxBytes = uploads.maxBytes();
        this.ui = UI.getCurrent();
        addClassName("import-wizard");
        steps.addClassName("wizard-steps");
        body.setWidthFull();
        add(Headings.viewTitle("Import prices"), steps, body);
        showUpload();
    }

    private UploadStep newUpload() {
        return new UploadStep(maxBytes, (file, name) -> service.open(file, name, null), this::opened);
    }

    void showUpload() {
        uploadStep = newUpload();
        show(0, uploadStep);
    }

    /** A file arrived and was opened: the old one (and its report) is let go, the mapping step shows. */
    void opened(VendorUpload next) {
        release();
        upload = next;
        mappingStep = new MappingStep(next, products.findActive(), sources.findAll(), this::sheet, this::preview);
        show(1, mappingStep);
    }

    private void sheet(String sheet) {
        var current = Objects.requireNonNull(upload);
        try {
            var reopened = service.open(current.file(), current.fileName(), sheet);
            upload = reopened;
            mappingStep =
                    new MappingStep(reopened, products.findActive(), sources.findAll(), this::sheet, this::preview);
            show(1, mappingStep);
        } catch (IOException | RuntimeException e) {
            Notifications.error(message(e, "The sheet cannot be read."));
        }
    }

    void preview(ImportMapping chosen) {
        mapping = chosen;
        previewStep = new PreviewStep(
                this::previewAgain, () -> show(1, Objects.requireNonNull(mappingStep)), this::startImport);
        if (runPreview(ImportOptions.STRICT)) {
            show(2, previewStep);
        }
    }

    private void previewAgain(ImportOptions options) {
        runPreview(options);
    }

    private boolean runPreview(ImportOptions options) {
        try {
            var preview = service.preview(
                    Objects.requireNonNull(upload), Objects.requireNonNull(mapping), options, PREVIEW_ROWS);
            Objects.requireNonNull(previewStep).show(preview);
            return true;
        } catch (IOException | RuntimeException e) {
            Notifications.error(message(e, "The preview failed."));
            return false;
        }
    }

    void startImport(ImportOptions options) {
        var step = Objects.requireNonNull(previewStep);
        var file = Objects.requireNonNull(upload);
        var how = Objects.requireNonNull(mapping);
        step.running();
        importing = true;
        steps.setText(stepsText(3));
        importer.execute(new DelegatingSecurityContextRunnable(() -> runImport(file, how, options)));
    }

    /** Runs the import off the UI thread and shows its outcome. */
    void runImport(VendorUpload file, ImportMapping how, ImportOptions options) {
        try {
            var done = service.importFile(
                    file,
                    how,
                    options,
                    (phase, n, total) ->
                            push(() -> Objects.requireNonNull(previewStep).progress(phase, n, total)));
            if (detached) {
                done.discard();
            } else {
                push(() -> showReport(file, done));
            }
        } catch (SeriesBusyException e) {
            push(() -> importFailed(e.getMessage() + ". Nothing was imported."));
        } catch (IOException | RuntimeException e) {
            var text = message(e, "The import failed. Nothing was imported.");
            push(() -> importFailed(text));
        } finally {
            importing = false;
            if (detached) {
                UploadStep.delete(file.file()); // the view closed while the import ran
            }
        }
    }

    private void importFailed(String text) {
        Objects.requireNonNull(previewStep).failed(text);
        steps.setText(stepsText(2));
    }

    void showReport(VendorUpload file, ImportReport done) {
        if (detached) {
            done.discard();
            return;
        }
        if (report != null) {
            report.discard();
        }
        report = done;
        uploadStep = newUpload();
        reportStep = new ReportStep(file.fileName(), done, uploadStep);
        show(4, reportStep);
    }

    private String message(Throwable e, String prefix) {
        if (e instanceof UserMessageException || e instanceof ValidationException) {
            return Objects.requireNonNullElse(e.getMessage(), prefix);
        }
        var described = ErrorReports.describe(e);
        if (described.logged()) {
            log.warn("Import wizard: {} (error id {})", prefix, described.errorId());
        }
        return prefix + " " + described.text();
    }

    private void show(int step, Component component) {
        steps.setText(stepsText(step));
        body.removeAll();
        body.add(component);
    }

    static String stepsText(int current) {
        var text = new StringBuilder();
        for (int i = 0; i < STEPS.size(); i++) {
            text.append(i == 0 ? "" : "  ›  ")
                    .append(i == current ? "● " : "")
                    .append(i + 1)
                    .append(' ')
                    .append(STEPS.get(i));
        }
        return text.toString();
    }

    private void push(Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            log.debug("Import wizard closed while the import runs on");
        }
    }

    /** The received file, while the wizard holds one (for tests). */
    @Nullable
    Path uploadedFile() {
        var current = upload;
        return current == null ? null : current.file();
    }

    /** Deletes the received file and the kept problems of the last report. */
    private void release() {
        if (upload != null && !importing) {
            UploadStep.delete(upload.file());
            upload = null;
        }
        if (report != null) {
            report.discard();
            report = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        super.onDetach(event);
        detached = true;
        release();
    }
}
