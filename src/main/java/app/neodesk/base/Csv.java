package app.neodesk.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;

/**
 * CSV writing through Apache Commons CSV in one format ({@link #FORMAT}: RFC 4180, comma
 * separated, CRLF line ends, quotes only where needed), with a guard against CSV injection: a text
 * cell that starts with {@code = + - @}, a tab or a carriage return is prefixed with a single
 * quote, so spreadsheets show it as text instead of evaluating it as a formula.
 */
public final class Csv {

    /** The UTF-8 byte order mark that makes Excel read a CSV file as UTF-8. */
    public static final char BOM = '\uFEFF';

    /**
     * The format of every CSV file Neodesk writes. Quotes go around a cell that holds a comma, a
     * quote or a line break, and around a few more that some readers could misread (an empty first
     * cell, a cell starting with a space, {@code !} or {@code #}, or ending in whitespace); every
     * RFC 4180 reader gets the same values back.
     */
    public static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private Csv() {}

    /**
     * The text of a cell with the formula guard: prefixed with a single quote when it starts with
     * {@code = + - @}, a tab or a carriage return; {@code null} stays {@code null} (an empty cell).
     */
    public static @Nullable String guard(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        var text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /**
     * One guarded cell as {@link #FORMAT} writes it after the first cell of a row: quoted when it
     * contains a comma, quote or line break.
     */
    public static String cell(@Nullable Object value) {
        var out = new StringBuilder();
        try {
            FORMAT.print(guard(value), out, false); // a cell after the first: the printer writes the comma first
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.substring(1);
    }

    /** Writes one row of guarded cells followed by CRLF. */
    public static void row(Appendable out, List<? extends @Nullable Object> cells) {
        var guarded = new @Nullable Object[cells.size()];
        for (int i = 0; i < guarded.length; i++) {
            guarded[i] = guard(cells.get(i));
        }
        record(out, guarded);
    }

    /**
     * Writes one row followed by CRLF, each cell as given: for rows that mix guarded text
     * ({@link #guard}) with numbers and dates that must stay plain (a negative change is no formula).
     */
    public static void record(Appendable out, @Nullable Object... cells) {
        try {
            FORMAT.printRecord(out, cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
