package app.neodesk.quote;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The reader keeps memory bounded whatever a file holds: no line is read into memory beyond a limit. */
class QuoteCsvLimitsTest {

    private static final int TWENTY_MB = 20 * 1024 * 1024;

    /** Bytes: a head, then {@code count} times the same byte, then a tail; generated, never held. */
    static final class Generated extends InputStream {
        private final byte[] head;
        private final byte[] tail;
        private final byte fill;
        private final long count;
        private long pos;

        Generated(String head, char fill, long count, String tail) {
            this.head = head.getBytes(StandardCharsets.UTF_8);
            this.tail = tail.getBytes(StandardCharsets.UTF_8);
            this.fill = (byte) fill;
            this.count = count;
        }

        long length() {
            return head.length + count + tail.length;
        }

        @Override
        public int read() {
            var one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= length()) {
                return -1;
            }
            int n = 0;
            while (n < len && pos < length()) {
                if (pos < head.length) {
                    b[off + n++] = head[(int) pos++];
                } else if (pos < head.length + count) {
                    int run = (int) Math.min(len - n, head.length + count - pos);
                    Arrays.fill(b, off + n, off + n + run, fill);
                    n += run;
                    pos += run;
                } else {
                    b[off + n++] = tail[(int) (pos++ - head.length - count)];
                }
            }
            return n;
        }
    }

    private static long allocatedByThisThread() {
        return ((ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    @Test
    void twentyMegabyteQuotedCellIsOneProblemAndIsNeverHeldInMemory() throws IOException {
        var in = new Generated(
                "date,product,source,low,high,mid,comment\n" + "2026-02-10,nd-metal-cn,yangtze,1045000,1055000,,\"",
                'x',
                TWENTY_MB,
                "\"\n2026-02-11,nd-metal-cn,yangtze,1080000,1090000,,\n");
        long before = allocatedByThisThread();

        var parsed = QuoteCsv.parse(in);

        long allocated = allocatedByThisThread() - before;
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message())
                    .isEqualTo("The line is longer than 65,536 characters."
                            + " Check for a quoted field without its closing quote (\")");
        });
        assertThat(parsed.rows())
                .extracting(ImportRow::line)
                .as("the next line is still read")
                .containsExactly(3L);
        assertThat(allocated).as("bytes allocated while reading a 20 MB cell").isLessThan(8L * 1024 * 1024);
    }

    @Test
    void unclosedQuoteThatRunsToTheEndOfAHugeFileIsReportedWithoutHoldingIt() throws IOException {
        var in = new Generated(
                "date,product,source,low,high,mid,comment\n" + "2026-02-10,nd-metal-cn,yangtze,1045000,1055000,,\"",
                'y',
                TWENTY_MB,
                "\n");
        long before = allocatedByThisThread();

        var parsed = QuoteCsv.parse(in);

        assertThat(allocatedByThisThread() - before).isLessThan(8L * 1024 * 1024);
        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).startsWith("The line is longer than 65,536 characters");
        });
    }

    @Test
    void longLineWithoutQuotesIsAProblemOfItsOwnLine() throws IOException {
        var in = new Generated(
                "date,product,source,low,high,mid,comment\n" + "2026-02-10,nd-metal-cn,yangtze,1045000,1055000,,",
                'z',
                100_000,
                "\n2026-02-11,nd-metal-cn,yangtze,1080000,1090000,,\n");
        var parsed = QuoteCsv.parse(in);
        assertThat(parsed.problems()).extracting(ImportProblem::line).containsExactly(2L);
        assertThat(parsed.rows()).extracting(ImportRow::line).containsExactly(3L);
    }
}
