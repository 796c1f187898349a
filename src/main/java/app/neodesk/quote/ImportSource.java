package app.neodesk.quote;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The rows of an import, readable more than once and in the same order each time: the import
 * reads them again for each step instead of holding them in memory.
 */
@FunctionalInterface
public interface ImportSource {

    /**
     * What one read found.
     *
     * @param rows     the data rows of the file, including those it could not read (reported as problems)
     * @param readable whether the file was text the source could read at all
     */
    record ReadResult(int rows, boolean readable) {}

    /**
     * Reads every row: each good row goes to {@code sink}, each problem of the file to
     * {@code problems}. Throws only when the file cannot be read at all (disk, stream).
     */
    ReadResult read(ImportProblems problems, Consumer<ImportRow> sink) throws IOException;

    /**
     * The file's own name of a row's field in problem reports: the import names the fields
     * {@code date, product, source, low, high, mid, comment} (or "" for the whole row). A source
     * with other headers (e.g. a wide file's 氧化钕最低价) says here which column that was.
     */
    default String column(ImportRow row, String field) {
        return field;
    }

    /** Rows already in memory (generated history, tests). */
    static ImportSource of(List<ImportRow> rows) {
        return (problems, sink) -> {
            rows.forEach(sink);
            return new ReadResult(rows.size(), true);
        };
    }

    /** A file in the strict CSV format {@code date,product,source,low,high[,mid][,comment]}, read in place. */
    static ImportSource csv(Path file) {
        return (problems, sink) -> {
            try (var in = Files.newInputStream(file)) {
                return QuoteCsv.read(in, problems, sink);
            }
        };
    }
}
