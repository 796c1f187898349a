package app.neodesk.intake;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Picks the separator of a delimited text file from its first lines: each candidate (comma, tab,
 * semicolon) is tried with Commons CSV, and the one that splits the lines into the most columns,
 * the same number on every line, wins. A file with one column per line is comma-separated.
 */
public final class Delimiters {

    public static final List<Character> CANDIDATES = List.of(',', '\t', ';');

    private Delimiters() {}

    /** "','" → "comma" etc., for descriptions. */
    public static String name(char delimiter) {
        return switch (delimiter) {
            case '\t' -> "tabs";
            case ';' -> "semicolons";
            default -> "commas";
        };
    }

    /** @param sample the first lines of the file (a few KB) */
    public static char sniff(String sample) {
        char best = ',';
        int bestScore = 0;
        for (char candidate : CANDIDATES) {
            int score = score(sample, candidate);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** Columns per line when every sampled line (the last may be cut) has the same number of them, else fewer. */
    private static int score(String sample, char delimiter) {
        var format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .get();
        try (var parser = format.parse(new StringReader(sample))) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() > 1 && !sample.endsWith("\n")) {
                records = records.subList(0, records.size() - 1); // a cut last line
            }
            if (records.isEmpty()) {
                return 0;
            }
            int columns = records.getFirst().size();
            int consistent =
                    (int) records.stream().filter(r -> r.size() == columns).count();
            if (columns < 2) {
                return 0;
            }
            // Mostly consistent lines count fully; a ragged split counts for little.
            return consistent * 10 >= records.size() * 8 ? columns * 100 : columns;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return 0; // e.g. a quote that this separator leaves unbalanced
        }
    }
}
