package app.neodesk.quote;

import app.neodesk.base.Csv;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of an import. In an all-or-nothing import any problem means nothing was imported
 * ({@code imported} is 0); with {@link ImportOptions#validRowsOnly()} the rows with problems were
 * skipped ({@link #skippedRows()} says why) and the others imported.
 * <p>
 * Every problem and warning is kept, not only the first ones: {@link #problemPage} and
 * {@link #warningPage} read them a page at a time (for a lazy grid), {@link #writeProblemsCsv}
 * writes them all. They live in a temporary file until {@link #discard()} (or until the report
 * is garbage collected, or the JVM exits).
 */
public final class ImportReport implements AutoCloseable {

    /** How many problems and warnings {@link #problems()} and {@link #warnings()} hold in memory. */
    public static final int FIRST = 200;

    /**
     * Rows not imported, by reason; a row counts once, for its first reason.
     *
     * @param unreadable rows the source could not read (a cell that is not a number, …)
     * @param invalid    rows breaking a rule (unknown code, high below low, mid outside, future date, …)
     * @param duplicates rows whose product, source and date another row of the file has too (all of them)
     * @param conflicts  rows that differ from a stored quote of the same product, source and date
     * @param scale      rows the scale guard stopped (a price far from the product's stored level)
     */
    public record Skipped(int unreadable, int invalid, int duplicates, int conflicts, int scale) {

        public static final Skipped NONE = new Skipped(0, 0, 0, 0, 0);

        public int total() {
            return unreadable + invalid + duplicates + conflicts + scale;
        }
    }

    private final int rows;
    private final int imported;
    private final int skipped;
    private final Skipped skippedRows;
    private final int midsFixed;
    private final int scaleConfirmed;
    private final int problemCount;
    private final int warningCount;
    private final List<ImportProblem> problems;
    private final List<ImportProblem> warnings;
    private final @Nullable ProblemSpool spool;

    /** A report whose problems are all in memory (e.g. a file refused whole). */
    public ImportReport(int rows, int imported, int skipped, List<ImportProblem> problems, int problemCount) {
        this.rows = rows;
        this.imported = imported;
        this.skipped = skipped;
        this.skippedRows = Skipped.NONE;
        this.midsFixed = 0;
        this.scaleConfirmed = 0;
        this.problems = List.copyOf(problems);
        this.problemCount = problemCount;
        this.warnings = List.of();
        this.warningCount = 0;
        this.spool = null;
    }

    ImportReport(
            int rows,
            int imported,
            int skipped,
            Skipped skippedRows,
            int midsFixed,
            int scaleConfirmed,
            ProblemSpool spool) {
        this.rows = rows;
        this.imported = imported;
        this.skipped = skipped;
        this.skippedRows = skippedRows;
        this.midsFixed = midsFixed;
        this.scaleConfirmed = scaleConfirmed;
        this.spool = spool;
        this.problemCount = spool.problemCount();
        this.warningCount = spool.warningCount();
        this.problems = List.copyOf(spool.problems(0, FIRST));
        this.warnings = List.copyOf(spool.warnings(0, FIRST));
    }

    /** A file refused as a whole before any row was read, e.g. one over the size limit. */
    public static ImportReport refused(String message) {
        return new ImportReport(0, 0, 0, List.of(new ImportProblem(1, "", message)), 1);
    }

    /** Data rows the source read (including those it could not read). */
    public int rows() {
        return rows;
    }

    /** New quotes stored. */
    public int imported() {
        return imported;
    }

    /** Rows identical to stored quotes, skipped. */
    public int skipped() {
        return skipped;
    }

    /** Rows not imported because of a problem, by reason (in an all-or-nothing import that failed: the rows with problems). */
    public Skipped skippedRows() {
        return skippedRows;
    }

    /** Rows whose mid was outside low–high and was stored as (low + high) / 2 (on request). */
    public int midsFixed() {
        return midsFixed;
    }

    /** Rows the scale guard flagged and the user confirmed. */
    public int scaleConfirmed() {
        return scaleConfirmed;
    }

    /** All problems found. */
    public int problemCount() {
        return problemCount;
    }

    /** All warnings (weekend dates, fixed mids, confirmed scale, what the source noticed). */
    public int warningCount() {
        return warningCount;
    }

    /** The first {@link #FIRST} problems, by line. */
    public List<ImportProblem> problems() {
        return problems;
    }

    /** The first {@link #FIRST} warnings, by line. */
    public List<ImportProblem> warnings() {
        return warnings;
    }

    /** No problem at all: everything was imported or identical. */
    public boolean succeeded() {
        return problemCount == 0;
    }

    /** Up to {@code limit} problems from {@code offset} on, by line (for a lazy grid). */
    public List<ImportProblem> problemPage(int offset, int limit) {
        return spool == null ? page(problems, offset, limit) : spool.problems(offset, limit);
    }

    /** Up to {@code limit} warnings from {@code offset} on, by line. */
    public List<ImportProblem> warningPage(int offset, int limit) {
        return spool == null ? page(warnings, offset, limit) : spool.warnings(offset, limit);
    }

    private static List<ImportProblem> page(List<ImportProblem> all, int offset, int limit) {
        int from = Math.clamp(offset, 0, all.size());
        return all.subList(from, (int) Math.min(all.size(), (long) from + Math.max(0, limit)));
    }

    /**
     * Writes every problem as CSV: {@code line,column,value,reason}, UTF-8 with a byte order mark,
     * cells guarded against spreadsheet formulas like the history export. Leaves the stream open.
     */
    public void writeProblemsCsv(OutputStream out) throws IOException {
        write(out, false);
    }

    /** Writes every warning as CSV, like {@link #writeProblemsCsv}. */
    public void writeWarningsCsv(OutputStream out) throws IOException {
        write(out, true);
    }

    private void write(OutputStream out, boolean warning) throws IOException {
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write(Csv.BOM);
        var printer = new CSVPrinter(writer, Csv.FORMAT);
        printer.printRecord("line", "column", "value", "reason");
        try {
            if (spool == null) {
                for (var p : warning ? warnings : problems) {
                    print(printer, p);
                }
            } else {
                spool.forEach(warning, p -> print(printer, p));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
    }

    private static void print(CSVPrinter printer, ImportProblem p) {
        try {
            printer.printRecord(p.line(), Csv.guard(p.column()), Csv.guard(p.value()), Csv.guard(p.message()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the kept problems; pages and CSV are unavailable afterwards. Safe to call twice. */
    public void discard() {
        if (spool != null) {
            spool.delete();
        }
    }

    @Override
    public void close() {
        discard();
    }

    @Override
    public String toString() {
        return "ImportReport[rows=" + rows + ", imported=" + imported + ", skipped=" + skipped + ", skippedRows="
                + skippedRows + ", problems=" + problemCount + ", warnings=" + warningCount + "]";
    }
}
