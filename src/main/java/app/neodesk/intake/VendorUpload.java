package app.neodesk.intake;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A received vendor file, opened: what it is, its sheets, the table of the chosen sheet, the
 * mapping proposed from its header and its first rows (to show while mapping).
 *
 * @param file     the received file (owned by whoever received it)
 * @param fileName the name the user's file had
 * @param sheet    the chosen sheet of a workbook, {@code null} for text
 */
public record VendorUpload(
        Path file,
        String fileName,
        VendorFiles.Format format,
        List<String> sheets,
        @Nullable String sheet,
        VendorTable table,
        ImportMapping proposed,
        List<TableRow> sample) {

    public VendorUpload {
        sheets = List.copyOf(sheets);
        sample = List.copyOf(sample);
    }
}
