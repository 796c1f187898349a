package app.neodesk.quote;

/** What is wrong with a line of an imported file; column is the CSV column name or "" for the whole line. */
public record ImportProblem(long line, String column, String message) {

    @Override
    public String toString() {
        return "line " + line + (column.isEmpty() ? "" : ", " + column) + ": " + message;
    }
}
