package app.neodesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The server-side upload limit, whatever the browser does: the request body is counted as it streams. */
class LimitedUploadHandlerTest {

    private static final long LIMIT = 50L * 1024 * 1024;

    /** A request body of {@code size} bytes of CSV-looking text, generated as it is read. */
    static final class Body extends InputStream {
        final long size;
        long served;

        Body(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return served < size ? (served++ % 64 == 63 ? '\n' : '7') : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (served >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - served);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) read();
            }
            return n;
        }
    }

    private static UploadEvent upload(String fileName, InputStream body, long declaredSize) throws IOException {
        var request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(body);
        return new UploadEvent(request, null, null, fileName, declaredSize, "text/csv", null, null);
    }

    private static List<Path> leftoverUploads() throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("neodesk-upload-"))
                    .toList();
        }
    }

    @Test
    void eightyMegabyteUploadIsRefusedAtTheLimitAndNothingIsKept() throws IOException {
        var before = leftoverUploads();
        var received = new ArrayList<Path>();
        var refused = new ArrayList<String>();
        var handler = new LimitedUploadHandler(
                LIMIT, (name, file) -> received.add(file), (name, message) -> refused.add(name + ": " + message));
        var body = new Body(80L * 1024 * 1024);
        // The browser's check was skipped and the size it declared is a lie.
        var event = upload("history.csv", body, 1000);

        handler.handleUploadRequest(event);

        assertThat(received).isEmpty();
        assertThat(refused).containsExactly("history.csv: The file is larger than the 50 MB limit");
        assertThat(event.isRejected()).isTrue();
        assertThat(event.getRejectionMessage()).isEqualTo("The file is larger than the 50 MB limit");
        assertThat(body.served).as("the server stopped reading at the limit").isLessThanOrEqualTo(LIMIT + 64 * 1024);
        assertThat(leftoverUploads()).as("no partial file is left behind").isEqualTo(before);
    }

    @Test
    void uploadWithinTheLimitIsHandedOverWhole() throws IOException {
        var received = new ArrayList<Path>();
        var handler = new LimitedUploadHandler(LIMIT, (name, file) -> received.add(file), (name, message) -> {});
        var text = "date,product,source,low,high\n2026-02-11,nd-metal-cn,yangtze,1080000,1090000\n";
        try {
            handler.handleUploadRequest(
                    upload("ok.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), text.length()));
            assertThat(received)
                    .singleElement()
                    .satisfies(p -> assertThat(Files.readString(p)).isEqualTo(text));
        } finally {
            for (var p : received) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void multipartRequestsGetTheSameLimit() {
        var handler = new LimitedUploadHandler(LIMIT, (name, file) -> {}, (name, message) -> {});
        assertThat(handler.getFileSizeMax()).isEqualTo(LIMIT);
        assertThat(handler.getFileCountMax()).isEqualTo(1);
    }
}
