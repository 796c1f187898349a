package app.neodesk.base.ui;

import app.neodesk.base.FileTooLargeException;
import app.neodesk.base.SizeLimitedInputStream;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives an upload into a temporary file and enforces the size limit on the server while it
 * streams: it stops reading one byte past the limit, deletes what it wrote and rejects the file
 * with a clear message, whatever the browser claimed or skipped. The browser's own
 * {@code maxFileSize} check is kept as a convenience only.
 */
public class LimitedUploadHandler implements UploadHandler {

    /** Gets a received file; it owns the temporary file from then on (and deletes it). */
    @FunctionalInterface
    public interface Received extends Serializable {
        void accept(String fileName, Path file);
    }

    /** Told why a file was refused (a message for the user). */
    @FunctionalInterface
    public interface Refused extends Serializable {
        void accept(String fileName, String message);
    }

    private static final long MULTIPART_OVERHEAD = 64 * 1024;
    private static final Logger log = LoggerFactory.getLogger(LimitedUploadHandler.class);

    private final long maxBytes;
    private final Received received;
    private final Refused refused;

    public LimitedUploadHandler(long maxBytes, Received received, Refused refused) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.refused = refused;
    }

    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        var fileName = event.getFileName();
        var file = Files.createTempFile("neodesk-upload-", ".tmp");
        try (var in = new SizeLimitedInputStream(event.getInputStream(), maxBytes);
                var out = Files.newOutputStream(file)) {
            in.transferTo(out);
        } catch (FileTooLargeException e) {
            Files.deleteIfExists(file);
            log.info("Refused upload {}: more than {} bytes", fileName, maxBytes);
            event.reject(e.getMessage());
            refused.accept(fileName, e.getMessage());
            return;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        try {
            received.accept(fileName, file);
        } catch (RuntimeException e) {
            // Nobody took the file over (e.g. the tab was closed meanwhile): do not leave it on disk.
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** Also the limits Vaadin checks for multipart requests (the request adds part headers to the file). */
    @Override
    public long getRequestSizeMax() {
        return maxBytes + MULTIPART_OVERHEAD;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
