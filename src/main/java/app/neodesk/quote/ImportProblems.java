package app.neodesk.quote;

import org.jspecify.annotations.Nullable;

/**
 * Where an {@link ImportSource} reports what it found wrong while reading (a cell that is not a
 * number, a missing column). A row with a problem is not given to the sink; a warning leaves the
 * row as it is. Problems and warnings are kept whole and all of them, with their line.
 */
public interface ImportProblems {

    /** A problem of the file at {@code line}: the row (or the file) cannot be imported as it is. */
    void problem(long line, String column, @Nullable String value, String message);

    /** Something worth knowing at {@code line} that does not stop the row. */
    void warning(long line, String column, @Nullable String value, String message);
}
