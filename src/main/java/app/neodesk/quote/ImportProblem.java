package app.neodesk.quote;

import org.jspecify.annotations.Nullable;

/**
 * What is wrong (or worth a warning) at a line of an imported file.
 *
 * @param line    the file's line (1 = the header line of a CSV)
 * @param column  the column name, or "" for the whole line
 * @param value   the value concerned as the user would read it, or {@code null}
 * @param message the whole message, with the values it is about
 */
public record ImportProblem(
        long line, String column, @Nullable String value, String message) {

    public ImportProblem(long line, String column, String message) {
        this(line, column, null, message);
    }

    @Override
    public String toString() {
        return "line " + line + (column.isEmpty() ? "" : ", " + column) + ": " + message;
    }
}
