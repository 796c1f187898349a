package app.neodesk.quote.ui;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.quote.ImportReport;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.servlet.MultipartConfigElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import javax.sql.DataSource;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The import dialog's outcomes as the user reads them: an over-limit upload, a busy product and an
 * unexpected failure each give a plain message, never exception or SQL text. Writes nothing.
 */
@NeodeskSpringTest
@WithMockUser(username = "analyst", roles = "ANALYST")
@ExtendWith(OutputCaptureExtension.class)
class ImportDialogTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    /** A valid CSV body that goes on for {@code size} bytes, generated as it is read. */
    static final class EndlessCsv extends InputStream {
        private static final byte[] ROW = "2026-02-11,nd-metal-cn,yangtze,1080000,1090000,1085000,\n"
                .getBytes(StandardCharsets.UTF_8);
        private final byte[] head = "date,product,source,low,high,mid,comment\n".getBytes(StandardCharsets.UTF_8);
        final long size;
        long served;

        EndlessCsv(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (served >= size) {
                return -1;
            }
            long p = served++;
            return p < head.length ? head[(int) p] : ROW[(int) ((p - head.length) % ROW.length)];
        }
    }

    private ImportDialog openDialog() {
        var view = navigate(HistoryView.class);
        test(view.importCsv).click();
        return find(ImportDialog.class).single();
    }

    /** Runs what the import posted to the UI with {@code ui.access} (as the next push would). */
    private static void runUiTasks() {
        VaadinService.getCurrent().runPendingAccessTasks(VaadinSession.getCurrent());
    }

    private int quoteCount() {
        return jdbc.queryForObject("select count(*) from quote", Integer.class);
    }

    @Test
    void uploadOverTheLimitIsStoppedOnTheServerWithAClearMessage() throws Exception {
        var dialog = openDialog();
        int before = quoteCount();
        var body = new EndlessCsv(60L * 1024 * 1024);
        var request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(body);
        // As if the browser's own size check had been removed: it even claims a small file.
        var event = new UploadEvent(request, null, null, "history.csv", 2048, "text/csv", dialog.upload.getElement(),
                null);

        dialog.handler.handleUploadRequest(event);
        runUiTasks();

        assertThat(dialog.status.getText()).isEqualTo("The file is larger than the 50 MB limit. Nothing was imported.");
        assertThat(event.isRejected()).isTrue();
        assertThat(body.served).isLessThan(51L * 1024 * 1024);
        assertThat(quoteCount()).isEqualTo(before);
    }

    @Test
    void importWhileAnotherHoldsTheProductSaysSoInPlainWords() throws Exception {
        var dialog = openDialog();
        var file = Files.createTempFile("import-dialog-test", ".csv");
        Files.writeString(file, "date,product,source,low,high\n2011-05-02,prnd-oxide-cn,inhouse,700000,710000\n");
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            other.createStatement().executeQuery("select id from product where code = 'prnd-oxide-cn' for update")
                    .close();

            dialog.importFile("busy.csv", file);
            runUiTasks();

            other.rollback();
        }
        assertThat(dialog.status.getText()).isEqualTo(
                "Another import of the same products is running; try again in a moment. Nothing was imported.");
        assertThat(Files.exists(file)).as("the upload's temporary file is removed").isFalse();
    }

    @Test
    void unexpectedFailureShowsAnErrorIdNotTheSql(CapturedOutput output) throws Exception {
        openDialog();
        var sql = "PreparedStatementCallback; SQL [insert into quote (id, version) values (?,0)]; constraint violated";
        var dialog = new ImportDialog((file, name, progress) -> {
            throw new DataIntegrityViolationException(sql);
        }, 1024 * 1024, () -> { });
        var file = Files.createTempFile("import-dialog-test", ".csv");

        dialog.importFile("broken.csv", file);
        runUiTasks();

        var text = dialog.status.getText();
        assertThat(text).startsWith("The import failed. Nothing was imported.")
                .doesNotContain("SQL", "insert", "Exception", "constraint");
        var errorId = Pattern.compile("error id ([0-9A-F]{8})\\)").matcher(text);
        assertThat(errorId.find()).as("the message names an error id: %s", text).isTrue();
        assertThat(output.getOut() + output.getErr()).as("the log has the detail under that error id")
                .contains("Error " + errorId.group(1) + ":").contains(sql);
    }

    @Test
    void problemsInTheFileAreListedByLine() {
        var dialog = openDialog();
        dialog.show(new ImportReport(3, 0, 0, java.util.List.of(new app.neodesk.quote.ImportProblem(2, "low",
                "Enter the low price")), 1));
        assertThat(dialog.status.getText()).startsWith("Nothing was imported: 1 problem in 3 rows");
        assertThat(dialog.problems.isVisible()).isTrue();
    }

    @Test
    void multipartRequestsHaveTheSameLimit(@Autowired MultipartConfigElement multipart) {
        assertThat(multipart.getMaxFileSize()).isEqualTo(50L * 1024 * 1024);
    }
}
