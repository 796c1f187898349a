package app.neodesk.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.neodesk.NeodeskViewTest;
import app.neodesk.catalog.SourceService;
import app.neodesk.intake.ColumnRole;
import app.neodesk.intake.ColumnSpec;
import app.neodesk.intake.Fixtures;
import app.neodesk.quote.ImportPreview;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The wizard as an analyst uses it: upload, mapping proposed and changed, preview with statuses,
 * import, report with the problems and their CSV, and the next upload straight from the report.
 * Its data: the GBK oxide file from source smm (2023), the hand-written files in 2017.
 */
@NeodeskViewTest
@WithMockUser(username = "analyst", roles = "ANALYST")
class ImportWizardViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SourceService sources;

    private static void runUiTasks() {
        VaadinService.getCurrent().runPendingAccessTasks(VaadinSession.getCurrent());
    }

    /** Sends {@code body} through the step's upload handler, as the browser's upload request would. */
    private static UploadEvent upload(UploadStep step, String name, InputStream body) throws Exception {
        var request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(body);
        var event = new UploadEvent(request, null, null, name, 2048, "text/csv", step.upload.getElement(), null);
        step.handler.handleUploadRequest(event);
        runUiTasks();
        return event;
    }

    private ImportWizardView open() {
        var view = navigate(ImportWizardView.class);
        view.importer = Runnable::run;
        return view;
    }

    private int stored(String source, String from, String to) {
        return jdbc.queryForObject(
                "select count(*) from quote q join source s on s.id = q.source_id where s.code = ?"
                        + " and q.quote_date between ? and ? and q.deleted_id = 0",
                Integer.class,
                source,
                Date.valueOf(from),
                Date.valueOf(to));
    }

    @Test
    void gbkWideFileGoesFromUploadThroughMappingAndPreviewToTheReport() throws Exception {
        var view = open();
        upload(
                Objects.requireNonNull(view.uploadStep),
                "氧化物.csv",
                new ByteArrayInputStream(Fixtures.bytes("wide-oxides-gbk.csv")));

        var mapping = Objects.requireNonNull(view.mappingStep);
        var columns = test(mapping.columns);
        assertThat(columns.size()).isEqualTo(11);
        assertThat(((ColumnSpec) columns.getRow(1)).product()).isEqualTo("nd-oxide-cn");
        assertThat(((ColumnSpec) columns.getRow(10)).role()).isEqualTo(ColumnRole.COMMENT);
        assertThat(mapping.missing.getText()).isEqualTo("Choose the source column or the source of the whole file.");
        assertThat(mapping.preview.isEnabled()).isFalse();

        // the user changes a mapping: the 备注 column is not wanted, and the headers carry no unit
        @SuppressWarnings("unchecked")
        var role = (Select<ColumnRole>) columns.getCellComponent(10, 2);
        test(role).selectItem(ColumnRole.IGNORE.label());
        assertThat(mapping.ignored.getText()).isEqualTo("Ignored columns: 备注");
        test(mapping.unit).selectItem("万元/吨");
        test(mapping.source).selectItem("smm");
        assertThat(mapping.preview.isEnabled()).isTrue();
        test(mapping.preview).click();

        var preview = Objects.requireNonNull(view.previewStep);
        var rows = test(preview.rows);
        ImportPreview.Row first = rows.getRow(0);
        assertThat(first.productCode()).isEqualTo("nd-oxide-cn");
        assertThat(rows.getCellText(0, 4)).isEqualTo("725,000");
        assertThat(rows.getCellText(0, 7)).isEqualTo("CNY/t");
        assertThat(preview.totals.getText()).contains("have problems");
        var row7 = preview.rows
                .getGenericDataView()
                .getItems()
                .filter(r -> r.line() == 7)
                .findFirst()
                .orElseThrow();
        assertThat(row7.status()).isEqualTo(ImportPreview.Status.PROBLEM);

        test(preview.fixMid).click();
        assertThat(preview.totals.getText()).doesNotContain("have problems");
        int before = stored("smm", "2023-01-01", "2023-12-31");
        test(preview.importButton).click();
        runUiTasks();

        var report = Objects.requireNonNull(view.reportStep);
        assertThat(report.summary.getText())
                .startsWith("Imported " + (127 * 3 - 2) + " quotes")
                .contains("4 mids outside low–high were stored as (low+high)/2");
        assertThat(stored("smm", "2023-01-01", "2023-12-31") - before).isEqualTo(127 * 3 - 2);
        assertThat(report.warningsDownload.isVisible()).isTrue();
        var warnings = new ByteArrayOutputStream();
        var response = mock(VaadinResponse.class);
        when(response.getOutputStream()).thenReturn(warnings);
        report.warningsCsv.handleDownloadRequest(new DownloadEvent(
                mock(VaadinRequest.class), response, VaadinSession.getCurrent(), report.warningsDownload.getElement()));
        assertThat(warnings.toString(StandardCharsets.UTF_8))
                .contains("line,column,value,reason")
                .contains("; stored (low+high)/2 = ");

        // a new upload starts right from the report
        upload(
                Objects.requireNonNull(view.uploadStep),
                "again.csv",
                new ByteArrayInputStream(Fixtures.bytes("duplicates.csv")));
        assertThat(view.mappingStep).isNotSameAs(mapping);
        assertThat(test(view.mappingStep.columns).size()).isEqualTo(9);
    }

    @Test
    void aFailedImportListsEveryProblemWholeAndItsCsvDownloads() throws Exception {
        var view = open();
        var csv = "date,product,source,low,high,mid\n2017-03-01,nd-oxide-cn,yangtze,343000,348000,341500\n"
                + "2017-03-02,nd-oxide-cn,yangtze,343000,348000,345500\n";
        upload(
                Objects.requireNonNull(view.uploadStep),
                "vendor.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        test(Objects.requireNonNull(view.mappingStep).preview).click();
        test(Objects.requireNonNull(view.previewStep).importButton).click();
        runUiTasks();

        var report = Objects.requireNonNull(view.reportStep);
        assertThat(report.summary.getText()).startsWith("Nothing was imported: 1 problem in 2 rows");
        var grid = test(report.problems);
        assertThat(grid.getCellText(0, 0)).isEqualTo("2");
        assertThat(grid.getCellText(0, 1)).isEqualTo("mid");
        assertThat(grid.getCellText(0, 3)).isEqualTo("mid 341,500 is not between low 343,000 and high 348,000");
        var out = new ByteArrayOutputStream();
        var response = mock(VaadinResponse.class);
        when(response.getOutputStream()).thenReturn(out);
        report.csv.handleDownloadRequest(new DownloadEvent(
                mock(VaadinRequest.class), response, VaadinSession.getCurrent(), report.download.getElement()));
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("line,column,value,reason")
                .contains("2,mid,\"341,500\",\"mid 341,500 is not between low 343,000 and high 348,000\"");
        assertThat(stored("yangtze", "2017-03-01", "2017-03-31")).isZero();
    }

    @Test
    void optionsAreLockedWhileTheImportRunsAndAnImportLeftBehindDeletesItsFile() throws Exception {
        var view = navigate(ImportWizardView.class);
        var queued = new ArrayList<Runnable>();
        view.importer = queued::add;
        var csv = "date,product,source,low,high,mid\n2017-04-03,nd-oxide-cn,yangtze,343000,348000,345500\n";
        upload(
                Objects.requireNonNull(view.uploadStep),
                "left.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        test(Objects.requireNonNull(view.mappingStep).preview).click();
        var preview = Objects.requireNonNull(view.previewStep);
        test(preview.importButton).click();
        assertThat(queued).hasSize(1);
        assertThat(preview.importButton.isEnabled()).isFalse();
        assertThat(preview.mode.isEnabled()).isFalse();
        assertThat(preview.fixMid.isEnabled()).isFalse();
        assertThat(preview.scaleConfirmed.isEnabled()).isFalse();
        var file = Objects.requireNonNull(view.uploadedFile());
        assertThat(Files.exists(file)).isTrue();

        UI.getCurrent().navigate("history"); // the analyst leaves while the import runs on
        queued.getFirst().run();
        runUiTasks();
        assertThat(Files.exists(file))
                .as("the uploaded file is deleted once the import ends")
                .isFalse();
        assertThat(stored("yangtze", "2017-04-03", "2017-04-03")).isEqualTo(1);
    }

    @Test
    void anUploadOf100MbIsStoppedAtTheLimitWithAClearMessage() throws Exception {
        var view = open();
        var body = new InputStream() {
            long served;

            @Override
            public int read() {
                return served++ < 100L * 1024 * 1024 ? 'x' : -1;
            }
        };
        var event = upload(Objects.requireNonNull(view.uploadStep), "huge.csv", body);
        assertThat(event.isRejected()).isTrue();
        assertThat(view.uploadStep.message.getText())
                .isEqualTo("The file is larger than the 50 MB limit. Nothing was imported.");
        assertThat(body.served).isLessThan(51L * 1024 * 1024);
        assertThat(view.mappingStep).isNull();
    }

    @Test
    void binaryAndHeaderOnlyFilesAreRefusedInTheUploadStep() throws Exception {
        var view = open();
        var step = Objects.requireNonNull(view.uploadStep);
        upload(step, "chart.png", new ByteArrayInputStream(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}));
        assertThat(step.message.getText()).contains("not a price table").endsWith("Nothing was imported.");
        upload(step, "header.csv", new ByteArrayInputStream(Fixtures.bytes("header-only.csv")));
        assertThat(step.message.getText()).startsWith("The file has a header but no prices");
        assertThat(view.mappingStep).isNull();
    }
}
