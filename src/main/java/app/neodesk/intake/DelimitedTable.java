package app.neodesk.intake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * A CSV, TSV or semicolon-separated file, read with Commons CSV in its detected encoding and
 * sniffed separator. Quoted cells may hold separators and line breaks; line numbers are those of
 * the record's first line.
 */
public final class DelimitedTable implements VendorTable {

    private static final int SAMPLE_CHARS = 8 * 1024;

    private final Path file;
    private final TextEncoding encoding;
    private final char delimiter;
    private final List<String> header;
    private final long headerLine;

    private DelimitedTable(Path file, TextEncoding encoding, char delimiter, List<String> header, long headerLine) {
        this.file = file;
        this.encoding = encoding;
        this.delimiter = delimiter;
        this.header = header;
        this.headerLine = headerLine;
    }

    /** Detects the encoding and separator and reads the header; refuses an empty file. */
    public static DelimitedTable open(Path file) throws IOException {
        var encoding = TextEncoding.detect(file);
        String sample;
        try (var reader = reader(file, encoding)) {
            var buffer = new char[SAMPLE_CHARS];
            int n = reader.read(buffer);
            sample = n <= 0 ? "" : new String(buffer, 0, n);
        }
        if (sample.isBlank()) {
            throw new VendorFileException("The file is empty: there is no header line and no prices.");
        }
        if (looksBinary(sample)) {
            throw new VendorFileException("The file is not text, CSV or an Excel workbook (it holds binary data).");
        }
        char delimiter = Delimiters.sniff(sample);
        var first = new ArrayList<TableRow>(1);
        var table = new DelimitedTable(file, encoding, delimiter, List.of(), 0);
        table.read(first::add, true);
        if (first.isEmpty()) {
            throw new VendorFileException("The file is empty: there is no header line and no prices.");
        }
        var header = first.getFirst().cells().stream().map(String::strip).toList();
        return new DelimitedTable(
                file, encoding, delimiter, header, first.getFirst().line());
    }

    public TextEncoding encoding() {
        return encoding;
    }

    public char delimiter() {
        return delimiter;
    }

    @Override
    public String description() {
        return "Text (CSV) in " + encoding.label() + ", separated by " + Delimiters.name(delimiter);
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public long headerLine() {
        return headerLine;
    }

    @Override
    public void rows(Consumer<TableRow> sink) throws IOException {
        read(sink, false);
    }

    /** All non-blank records; with {@code headerOnly} just the first, else all after the header. */
    private void read(Consumer<TableRow> sink, boolean headerOnly) throws IOException {
        var format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        try (var reader = reader(file, encoding);
                CSVParser parser = format.parse(reader)) {
            long nextLine = 1;
            boolean headerSeen = false;
            for (CSVRecord record : parser) {
                long line = nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                var cells = record.toList();
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (!headerSeen) {
                    headerSeen = true;
                    if (headerOnly) {
                        sink.accept(new TableRow(line, cells));
                        return;
                    }
                    continue;
                }
                sink.accept(new TableRow(line, cells));
            }
        } catch (UncheckedIOException e) {
            throw new VendorFileException("The file cannot be read as CSV: " + firstLine(e.getCause()), e);
        }
    }

    /** Control characters other than tab and line breaks, or undecodable bytes, in more than 1% of the sample. */
    static boolean looksBinary(String sample) {
        long odd = sample.chars()
                .filter(c -> c == 0xFFFD || (c < 0x20 && c != '\t' && c != '\n' && c != '\r'))
                .count();
        return odd > Math.max(2, sample.length() / 100);
    }

    private static String firstLine(@Nullable IOException e) {
        var message = e == null ? "" : String.valueOf(e.getMessage());
        // Commons CSV says e.g. "(line 12) EOF reached before encapsulated token finished"
        return message.contains("EOF reached before encapsulated token finished")
                ? "a quoted cell is not closed (missing \") " + message.replaceAll("^.*?(\\(line \\d+\\)).*$", "$1")
                : "the text is not valid CSV";
    }

    private static Reader reader(Path file, TextEncoding encoding) throws IOException {
        var in = Files.newInputStream(file);
        in.skipNBytes(encoding.bomBytes());
        return new BufferedReader(new InputStreamReader(in, encoding.charset()), 1 << 16);
    }
}
