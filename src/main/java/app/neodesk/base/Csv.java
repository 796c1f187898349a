package app.neodesk.base;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Minimal CSV writing (RFC 4180, comma separated, CRLF line ends) with a guard against CSV
 * injection: a cell that starts with {@code = + - @}, a tab or a carriage return is prefixed with
 * a single quote, so spreadsheets show it as text instead of evaluating it as a formula.
 */
public final class Csv {

    /** The UTF-8 byte order mark that makes Excel read a CSV file as UTF-8. */
    public static final char BOM = '\uFEFF';

    private Csv() {
    }

    /** One cell: guarded against formulas, quoted when it contains a comma, quote or line break. */
    public static String cell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        var text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** Writes one row of cells followed by CRLF. */
    public static void row(Appendable out, List<? extends @Nullable Object> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(cell(cells.get(i)));
            }
            out.append("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
