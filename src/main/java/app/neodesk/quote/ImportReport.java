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

    public boolean succeeded() {
        return problemCount == 0;
    }
}
