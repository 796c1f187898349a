package app.neodesk.quote;

import java.util.List;

/**
 * The outcome of an import. With any problem nothing was imported ({@code imported} is 0).
 *
 * @param rows          data rows read
 * @param imported      new quotes stored
 * @param skipped       rows identical to stored quotes
 * @param problems      the first problems found (at most {@link QuoteCsv#MAX_PROBLEMS})
 * @param problemCount  all problems found
 */
public record ImportReport(int rows, int imported, int skipped, List<ImportProblem> problems, int problemCount) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    /** A file refused as a whole before any row was read, e.g. one over the size limit. */
    public static ImportReport refused(String message) {
        return new ImportReport(0, 0, 0, List.of(new ImportProblem(1, "", message)), 1);
    }

    public boolean succeeded() {
        return problemCount == 0;
    }
}
