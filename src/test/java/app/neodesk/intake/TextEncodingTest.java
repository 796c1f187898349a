package app.neodesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextEncodingTest {

    private static TextEncoding detect(byte[] bytes) throws IOException {
        return TextEncoding.detect(new ByteArrayInputStream(bytes));
    }

    @Test
    void validUtf8IsUtf8() throws IOException {
        var e = detect("日期,氧化钕最低价\n2023-09-01,51\n".getBytes(StandardCharsets.UTF_8));
        assertThat(e.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(e.bomBytes()).isZero();
    }

    @Test
    void aUtf8ByteOrderMarkIsSkipped() throws IOException {
        var e = detect(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'd', 'a', 't', 'e'});
        assertThat(e.label()).isEqualTo("UTF-8 with BOM");
        assertThat(e.bomBytes()).isEqualTo(3);
    }

    @Test
    void chineseTextThatIsNotUtf8IsReadAsGb18030() throws IOException {
        var bytes = "日期,氧化钕最低价,氧化镨钕平均价\n2023年9月1日,51,50.25\n".getBytes(TextEncoding.GB18030);
        var e = detect(bytes);
        assertThat(e.charset()).isEqualTo(TextEncoding.GB18030);
        assertThat(new String(bytes, e.charset())).startsWith("日期,氧化钕最低价");
    }

    @Test
    void aGbkByteFarIntoTheFileStillDecidesTheEncoding() throws IOException {
        var text = "date,product\n" + "2023-09-01,nd-oxide-cn\n".repeat(10_000) + "2023-09-02,氧化钕\n";
        assertThat(detect(text.getBytes(TextEncoding.GB18030)).charset()).isEqualTo(TextEncoding.GB18030);
    }

    @Test
    void utf16WithByteOrderMarkIsReadThroughIt() throws IOException {
        var bytes = "\uFEFF日期,价格".getBytes(StandardCharsets.UTF_16LE);
        assertThat(detect(bytes).charset()).isEqualTo(StandardCharsets.UTF_16LE);
    }

    @Test
    void utf16WithoutByteOrderMarkIsRefusedClearly() {
        var bytes = "date,price\n2023-09-01,1\n".getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> detect(bytes))
                .isInstanceOf(VendorFileException.class)
                .hasMessageContaining("UTF-16")
                .hasMessageContaining("CSV UTF-8");
    }

    @Test
    void bytesWithNulAreBinaryNotText() {
        assertThatThrownBy(() -> detect(new byte[] {'a', 0, 0, 0, 7, 9, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8}))
                .isInstanceOf(VendorFileException.class)
                .hasMessageContaining("binary");
    }
}
