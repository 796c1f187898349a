package app.neodesk.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The CSV import format {@code date,product,source,low,high[,mid][,comment]} (UTF-8, RFC 4180
 * quoting). The history export is {@link HistoryCsv}.
 */
public final class QuoteCsv {

    public static final List<String> IMPORT_COLUMNS =
            List.of("date", "product", "source", "low", "high", "mid", "comment");
    public static final int REQUIRED_COLUMNS = 5;
    public static final int MAX_PROBLEMS = 200;
    /** The longest line the reader keeps (a real line is well under 1,000 characters). */
    public static final int MAX_LINE_CHARS = 64 * 1024;

    private static final String MAX_LINE_TEXT = String.format(Locale.ROOT, "%,d", MAX_LINE_CHARS);
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?");
    private static final int MAX_NUMBER_LENGTH = 40;

    private QuoteCsv() {}

    /** Rows read and problems found while reading. */
    public record Parsed(List<ImportRow> rows, List<ImportProblem> problems, int problemCount, int dataLines) {

        public boolean ok() {
            return problemCount == 0;
        }
    }

    /** Passes problems on, counting them. */
    private static final class Counting {
        private final ImportProblems target;
        int count;

        Counting(ImportProblems target) {
            this.target = target;
        }

        void add(long line, String column, @Nullable String value, String message) {
            count++;
            target.problem(line, column, value, message);
        }

        void add(long line, String column, String message) {
            add(line, column, null, message);
        }
    }

    /** Collects problems up to a limit, counting all (warnings are not kept). */
    static final class Problems implements ImportProblems {
        final List<ImportProblem> list = new ArrayList<>();
        int count;

        @Override
        public void problem(long line, String column, @Nullable String value, String message) {
            count++;
            if (list.size() < MAX_PROBLEMS) {
                list.add(new ImportProblem(line, column, value, message));
            }
        }

        @Override
        public void warning(long line, String column, @Nullable String value, String message) {}
    }

    // ---------------------------------------------------------------- import

    /**
     * Reads a whole file into memory: for tests and small files. Imports use
     * {@link #read(InputStream, ImportProblems, Consumer)}, which holds one line at a time.
     */
    public static Parsed parse(InputStream input) throws IOException {
        var problems = new Problems();
        var rows = new ArrayList<ImportRow>();
        var result = read(input, problems, rows::add);
        return new Parsed(result.readable() ? rows : List.of(), problems.list, problems.count, result.rows());
    }

    /**
     * Streams a file: each syntactically valid data row goes to {@code sink} as soon as it is read,
     * each problem to {@code problems} with its line. Memory stays bounded whatever the file holds:
     * one line at a time, at most {@link #MAX_LINE_CHARS} characters of it. Never throws for bad
     * content.
     */
    static ImportSource.ReadResult read(InputStream input, ImportProblems reported, Consumer<ImportRow> sink)
            throws IOException {
        var problems = new Counting(reported);
        var in = new PushbackInputStream(input, 3);
        byte[] head = new byte[3];
        int n = in.readNBytes(head, 0, 3);
        if (n == 0) {
            problems.add(1, "", "The file is empty. Expected a header line: " + String.join(",", IMPORT_COLUMNS));
            return new ImportSource.ReadResult(0, true);
        }
        if (n >= 2
                && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                        || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            problems.add(1, "", "The file is UTF-16 text. Save it as \"CSV UTF-8\" and upload it again.");
            return new ImportSource.ReadResult(0, false);
        }
        boolean bom = n == 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF;
        if (!bom) {
            in.unread(head, 0, n);
        }
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var reader = new RecordReader(new BufferedReader(new InputStreamReader(in, decoder), 1 << 16));
        int dataLines = 0;
        try {
            List<String> header = reader.next();
            if (header == null || header.size() == 1 && header.getFirst().isBlank() && reader.atEnd()) {
                problems.add(1, "", "The file is empty. Expected a header line: " + String.join(",", IMPORT_COLUMNS));
                return new ImportSource.ReadResult(0, true);
            }
            if (reader.tooLong() || !headerOk(header)) {
                problems.add(
                        1,
                        "",
                        "The first line must be the header " + String.join(",", IMPORT_COLUMNS)
                                + " (mid and comment are optional), found: "
                                + (reader.tooLong()
                                        ? "a line of more than " + MAX_LINE_TEXT + " characters"
                                        : abbreviate(String.join(",", header))));
                return new ImportSource.ReadResult(0, true);
            }
            List<String> fields;
            while ((fields = reader.next()) != null) {
                long line = reader.recordLine();
                if (reader.tooLong()) {
                    dataLines++;
                    problems.add(
                            line,
                            "",
                            "The line is longer than " + MAX_LINE_TEXT + " characters."
                                    + " Check for a quoted field without its closing quote (\")");
                    continue;
                }
                if (fields.size() == 1 && fields.getFirst().isBlank()) {
                    continue; // blank line
                }
                dataLines++;
                var row = parseRow(line, fields, problems);
                if (row != null) {
                    sink.accept(row);
                }
            }
            if (reader.openQuote() && !reader.tooLong()) {
                problems.add(reader.recordLine(), "", "A quoted field is not closed (missing \")");
            }
        } catch (CharacterCodingException e) {
            problems.add(
                    reader.currentLine(),
                    "",
                    "The file is not UTF-8 text. Save it as \"CSV UTF-8\" and upload it again.");
            return new ImportSource.ReadResult(dataLines, false);
        }
        if (dataLines == 0 && problems.count == 0) {
            problems.add(1, "", "The file has a header but no quotes");
        }
        return new ImportSource.ReadResult(dataLines, true);
    }

    private static boolean headerOk(List<String> header) {
        if (header.size() < REQUIRED_COLUMNS || header.size() > IMPORT_COLUMNS.size()) {
            return false;
        }
        for (int i = 0; i < header.size(); i++) {
            if (!header.get(i).strip().toLowerCase(Locale.ROOT).equals(IMPORT_COLUMNS.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable ImportRow parseRow(long line, List<String> f, Counting problems) {
        if (f.size() < REQUIRED_COLUMNS || f.size() > IMPORT_COLUMNS.size()) {
            problems.add(
                    line,
                    "",
                    "Expected " + REQUIRED_COLUMNS + " to " + IMPORT_COLUMNS.size() + " columns, found " + f.size());
            return null;
        }
        int before = problems.count;
        LocalDate date = null;
        var dateText = f.get(0).strip();
        try {
            date = LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
            problems.add(
                    line,
                    "date",
                    dateText.isEmpty() ? null : abbreviate(dateText),
                    dateText.isEmpty()
                            ? "Enter the date"
                            : "'" + abbreviate(dateText) + "' is not an ISO date (yyyy-mm-dd)");
        }
        var product = f.get(1).strip();
        if (product.isEmpty()) {
            problems.add(line, "product", "Enter the product code");
        }
        var source = f.get(2).strip();
        if (source.isEmpty()) {
            problems.add(line, "source", "Enter the source code");
        }
        var low = number(line, "low", f.get(3), true, problems);
        var high = number(line, "high", f.get(4), true, problems);
        var mid = f.size() > 5 ? number(line, "mid", f.get(5), false, problems) : null;
        String comment = f.size() > 6 && !f.get(6).isBlank() ? f.get(6).strip() : null;
        if (comment != null && comment.length() > Quote.COMMENT_MAX_LENGTH) {
            problems.add(line, "comment", "At most " + Quote.COMMENT_MAX_LENGTH + " characters");
        }
        if (problems.count > before || date == null || low == null || high == null) {
            return null;
        }
        return new ImportRow(line, date, product, source, low, high, mid, comment);
    }

    private static @Nullable BigDecimal number(
            long line, String column, String text, boolean required, Counting problems) {
        var t = text.strip();
        if (t.isEmpty()) {
            if (required) {
                problems.add(line, column, "Enter the " + column + " price");
            }
            return null;
        }
        if (t.length() > MAX_NUMBER_LENGTH) {
            problems.add(
                    line,
                    column,
                    abbreviate(t),
                    "The number is too large (at most " + Quote.MAX_INTEGER_DIGITS
                            + " digits before the decimal point)");
            return null;
        }
        if (!PLAIN_NUMBER.matcher(t).matches()) {
            problems.add(
                    line,
                    column,
                    abbreviate(t),
                    "'" + abbreviate(t) + "' is not a plain positive number (digits and a"
                            + " decimal point, no thousands separators)");
            return null;
        }
        return new BigDecimal(t);
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }

    /**
     * RFC 4180 records over a character stream, tracking line numbers. A record longer than
     * {@link #MAX_LINE_CHARS} is read to its end but not kept: {@link #next()} returns it empty and
     * {@link #tooLong()} tells. Hand-written rather than Commons CSV's parser, which has no length
     * limit and keeps a whole cell in memory (up to the rest of the file after an unclosed quote).
     */
    static final class RecordReader {
        private final BufferedReader in;
        private long line = 1;
        private long recordLine = 1;
        private boolean eof;
        private boolean openQuote;
        private boolean tooLong;

        RecordReader(BufferedReader in) {
            this.in = in;
        }

        long recordLine() {
            return recordLine;
        }

        long currentLine() {
            return line;
        }

        boolean atEnd() {
            return eof;
        }

        boolean openQuote() {
            return openQuote;
        }

        /** Whether the record {@link #next()} returned last was too long to keep. */
        boolean tooLong() {
            return tooLong;
        }

        @Nullable
        List<String> next() throws IOException {
            if (eof) {
                return null;
            }
            recordLine = line;
            tooLong = false;
            var fields = new ArrayList<String>();
            var cell = new StringBuilder();
            int length = 0;
            int cellChars = 0; // counted even when a too-long record's text is not kept
            boolean quoted = false;
            boolean any = false;
            while (true) {
                int c = in.read();
                if (c < 0) {
                    eof = true;
                    if (quoted) {
                        openQuote = true;
                    }
                    if (!any && fields.isEmpty()) {
                        return null;
                    }
                    return end(fields, cell);
                }
                any = true;
                if (!tooLong && ++length > MAX_LINE_CHARS) {
                    // Keep reading to the end of the record, but nothing more of it.
                    tooLong = true;
                    fields = new ArrayList<>();
                    cell = new StringBuilder();
                }
                if (quoted) {
                    if (c == '"') {
                        in.mark(1);
                        int d = in.read();
                        if (d == '"') {
                            append(cell, '"');
                            cellChars++;
                        } else {
                            quoted = false;
                            if (d >= 0) {
                                in.reset();
                            }
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        append(cell, (char) c);
                        cellChars++;
                    }
                } else if (c == '"' && cellChars == 0) {
                    quoted = true;
                } else if (c == ',') {
                    cellChars = 0;
                    if (!tooLong) {
                        fields.add(cell.toString());
                        cell.setLength(0);
                    }
                } else if (c == '\r') {
                    // ignored: CRLF and LF both end a record
                } else if (c == '\n') {
                    line++;
                    return end(fields, cell);
                } else {
                    append(cell, (char) c);
                    cellChars++;
                }
            }
        }

        private void append(StringBuilder cell, char c) {
            if (!tooLong) {
                cell.append(c);
            }
        }

        private List<String> end(List<String> fields, StringBuilder cell) {
            if (tooLong) {
                return List.of();
            }
            fields.add(cell.toString());
            return fields;
        }
    }
}
