package app.neodesk.quote;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an import would do, found without writing anything: the first rows as they would be
 * stored, each with its status and messages, and the totals over the whole file.
 *
 * @param rows     the first rows the source gave, in file order
 * @param totals   over every row of the file
 * @param problems the first {@link ImportReport#FIRST} problems, by line (including those of lines
 *                 the source could not read, which have no row)
 * @param warnings the first {@link ImportReport#FIRST} warnings, by line
 */
public record ImportPreview(List<Row> rows, Totals totals, List<ImportProblem> problems, List<ImportProblem> warnings) {

    public ImportPreview {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** What would happen to a row. */
    public enum Status {
        /** Would be stored as shown. */
        OK,
        /** Would be stored as shown; see the messages (weekend date, fixed mid, confirmed scale). */
        WARNING,
        /** Would not be stored: all or nothing stores nothing, valid-only skips the row. */
        PROBLEM,
        /** The same quote is stored already: skipped. */
        IDENTICAL
    }

    /**
     * A row as it would be stored: prices in the product's unit, the mid defaulted (or fixed on
     * request), the comment with any note the import adds.
     *
     * @param unit     the product's unit, e.g. "CNY/kg" ("" for an unknown product)
     * @param messages problems and warnings of the row, whole
     */
    public record Row(
            long line,
            String productCode,
            String sourceCode,
            LocalDate date,
            BigDecimal low,
            BigDecimal high,
            BigDecimal mid,
            String unit,
            @Nullable String comment,
            Status status,
            List<String> messages) {

        public Row {
            messages = List.copyOf(messages);
        }
    }

    /**
     * Totals over the whole file.
     *
     * @param rows         data rows the source read (including those it could not read)
     * @param valid        rows that would be stored
     * @param withProblems rows that would not be stored because of a problem (see {@code skipped})
     * @param identical    rows identical to stored quotes (skipped)
     * @param withWarnings rows that would be stored with a warning
     * @param problemCount all problems
     * @param warningCount all warnings
     * @param skipped      the rows with problems by reason
     */
    public record Totals(
            int rows,
            int valid,
            int withProblems,
            int identical,
            int withWarnings,
            int problemCount,
            int warningCount,
            ImportReport.Skipped skipped) {}
}
