package app.neodesk.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The encoding of a vendor text file: a byte order mark decides (UTF-8, UTF-16 LE/BE); without one,
 * a file that is valid UTF-8 throughout is UTF-8, anything else is read as GB18030 (a superset of
 * GBK and GB2312, what Chinese Excel saves as "CSV"). UTF-16 without a byte order mark cannot be told
 * apart reliably and is refused, like text with NUL bytes (a binary file).
 *
 * @param charset  the charset to decode with
 * @param bomBytes how many leading bytes are the byte order mark (skip them)
 */
public record TextEncoding(Charset charset, int bomBytes) {

    public static final Charset GB18030 = Charset.forName("GB18030");

    /** "UTF-8", "UTF-8 with BOM", "GB18030 (GBK)", "UTF-16LE" */
    public String label() {
        if (charset.equals(GB18030)) {
            return "GB18030 (GBK)";
        }
        return charset.name() + (charset.equals(StandardCharsets.UTF_8) && bomBytes > 0 ? " with BOM" : "");
    }

    public static TextEncoding detect(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return detect(in);
        }
    }

    /** Reads the whole stream (once, in blocks) to decide. */
    public static TextEncoding detect(InputStream in) throws IOException {
        byte[] head = in.readNBytes(4);
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new TextEncoding(StandardCharsets.UTF_8, 3);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var bytes = ByteBuffer.allocate(1 << 16);
        var chars = CharBuffer.allocate(1 << 16);
        bytes.put(head);
        boolean valid = true;
        boolean first = true;
        while (true) {
            int n = first ? 0 : in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (!first && n > 0) {
                bytes.position(bytes.position() + n);
            }
            first = false;
            boolean end = n < 0;
            bytes.flip();
            if (containsNul(bytes)) {
                throw new VendorFileException(
                        utf16Suspect(bytes)
                                ? "The file is UTF-16 text without a byte order mark. Save it as \"CSV UTF-8\" and upload it again."
                                : "The file is not text, CSV or an Excel workbook (it holds binary data).");
            }
            if (valid) {
                CoderResult result = utf8.decode(bytes, chars, end);
                chars.clear();
                if (result.isError()) {
                    valid = false;
                }
            }
            if (!valid) {
                bytes.position(bytes.limit()); // keep scanning for NUL bytes only
            }
            bytes.compact();
            if (end) {
                break;
            }
        }
        return new TextEncoding(valid ? StandardCharsets.UTF_8 : GB18030, 0);
    }

    private static boolean containsNul(ByteBuffer bytes) {
        for (int i = bytes.position(); i < bytes.limit(); i++) {
            if (bytes.get(i) == 0) {
                return true;
            }
        }
        return false;
    }

    /** Many NUL bytes in every other position: UTF-16 without a BOM. */
    private static boolean utf16Suspect(ByteBuffer bytes) {
        int even = 0;
        int odd = 0;
        int n = Math.min(bytes.limit(), bytes.position() + 512);
        for (int i = bytes.position(); i < n; i++) {
            if (bytes.get(i) == 0) {
                if ((i & 1) == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        int pairs = (n - bytes.position()) / 2;
        // UTF-16 of mostly Latin text: NUL in one position of most pairs, hardly ever in the other
        return pairs > 0 && (even > pairs * 0.4 && odd < pairs * 0.1 || odd > pairs * 0.4 && even < pairs * 0.1);
    }
}
