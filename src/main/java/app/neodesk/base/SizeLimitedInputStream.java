package app.neodesk.base;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read through it and throws {@link FileTooLargeException} as soon as the stream
 * holds more than {@code limit} bytes. It never reads more than {@code limit + 1} bytes from the
 * underlying stream, so an endless or huge upload stops at the limit.
 */
public class SizeLimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    public SizeLimitedInputStream(InputStream in, long limit) {
        super(in);
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
        this.limit = limit;
    }

    /** Bytes read so far. */
    public long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        if (count > limit) {
            throw new FileTooLargeException(limit);
        }
        int b = super.read();
        if (b >= 0 && ++count > limit) {
            throw new FileTooLargeException(limit);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (count > limit) {
            throw new FileTooLargeException(limit);
        }
        // Ask for at most one byte past the limit: enough to know the limit was crossed.
        int n = super.read(b, off, (int) Math.min(len, limit - count + 1));
        if (n > 0) {
            count += n;
            if (count > limit) {
                throw new FileTooLargeException(limit);
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, limit - count + 1));
        count += skipped;
        if (count > limit) {
            throw new FileTooLargeException(limit);
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readlimit) {
        // not supported: a reset would undo the count
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }
}
