package app.neodesk.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Opens a received vendor file by what its bytes are, not by its name: an XLSX (ZIP) or XLS (OLE2)
 * workbook, or delimited text. Refuses, with a message for the user, an empty file, images,
 * archives that are not workbooks and other binary data.
 */
public final class VendorFiles {

    /** The kinds of file read. */
    public enum Format {
        CSV,
        XLSX,
        XLS
    }

    /** An opened file: its format, its sheets (none for text) and the table of the chosen sheet. */
    public record Opened(Format format, List<String> sheets, VendorTable table) {}

    private VendorFiles() {}

    public static Format format(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (head.length == 0) {
            throw new VendorFileException("The file is empty: there is no header line and no prices.");
        }
        if (starts(head, 0x50, 0x4B, 0x03, 0x04)) {
            return Format.XLSX;
        }
        if (starts(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Format.XLS;
        }
        if (starts(head, 0x89, 'P', 'N', 'G')
                || starts(head, 0xFF, 0xD8, 0xFF)
                || starts(head, '%', 'P', 'D', 'F')
                || starts(head, 'G', 'I', 'F', '8')
                || starts(head, 0x1F, 0x8B)
                || starts(head, 0x50, 0x4B, 0x05, 0x06)) {
            throw new VendorFileException("The file is not a price table: it looks like an image, a PDF or an archive."
                    + " Upload a CSV, XLSX or XLS file.");
        }
        return Format.CSV;
    }

    /** Opens the file; {@code sheet} picks a workbook's sheet ({@code null}: the first). */
    public static Opened open(Path file, @Nullable String sheet) throws IOException {
        var format = format(file);
        return switch (format) {
            case XLSX -> new Opened(format, XlsxTable.sheets(file), XlsxTable.open(file, sheet));
            case XLS -> new Opened(format, XlsTable.sheets(file), XlsTable.open(file, sheet));
            case CSV -> new Opened(format, List.of(), DelimitedTable.open(file));
        };
    }

    private static boolean starts(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
