package app.neodesk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class SizeLimitedInputStreamTest {

    /** Endless zeros, counting what is read from it. */
    static final class Endless extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            served += len;
            return len;
        }
    }

    @Test
    void aStreamWithinTheLimitIsReadWhole() throws IOException {
        var in = new SizeLimitedInputStream(new ByteArrayInputStream(new byte[1000]), 1000);
        assertThat(in.readAllBytes()).hasSize(1000);
        assertThat(in.count()).isEqualTo(1000);
    }

    @Test
    void anEndlessStreamStopsOneBytePastTheLimit() {
        var source = new Endless();
        var in = new SizeLimitedInputStream(source, 50L * 1024 * 1024);
        assertThatThrownBy(in::readAllBytes)
                .isInstanceOf(FileTooLargeException.class)
                .hasMessage("The file is larger than the 50 MB limit");
        assertThat(source.served).isEqualTo(50L * 1024 * 1024 + 1);
    }

    @Test
    void singleByteReadsAreCountedToo() throws IOException {
        var in = new SizeLimitedInputStream(new Endless(), 3);
        for (int i = 0; i < 3; i++) {
            assertThat(in.read()).isZero();
        }
        assertThatThrownBy(in::read).isInstanceOf(FileTooLargeException.class);
    }

    @Test
    void limitsReadAsPeopleWriteThem() {
        assertThat(UploadProperties.describe(50L * 1024 * 1024)).isEqualTo("50 MB");
        assertThat(UploadProperties.describe(1536)).isEqualTo("1.5 KB");
        assertThat(UploadProperties.describe(100)).isEqualTo("100 bytes");
        assertThat(UploadProperties.describe(2L * 1024 * 1024 * 1024)).isEqualTo("2 GB");
    }
}
