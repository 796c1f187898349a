package app.neodesk.support;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The Markdown report of an opt-in benchmark: lines appended as the benchmark goes, then written to a file
 * under {@code target/} and printed. Also the statistics the benchmarks share; each median variant is named
 * for what it does with an even count, so a benchmark keeps the figures it always reported.
 */
public final class BenchmarkReport {

    /** The system property some benchmarks read for another output file. */
    public static final String OUT_PROPERTY = "neodesk.benchmark.out";

    private final Path file;
    /** null: the default locale, as {@code String.format(format, args)}. */
    private final @Nullable Locale locale;

    private final StringBuilder text = new StringBuilder();

    /** A report to {@code target/<fileName>}. */
    public BenchmarkReport(String fileName) {
        this(Path.of("target", fileName));
    }

    /** A report to {@code file}. */
    public BenchmarkReport(Path file) {
        this(file, null);
    }

    private BenchmarkReport(Path file, @Nullable Locale locale) {
        this.file = file;
        this.locale = locale;
    }

    /**
     * A report to the file named by the system property {@value #OUT_PROPERTY}, else to
     * {@code target/<fileName>}.
     */
    public static BenchmarkReport overridable(String fileName) {
        return new BenchmarkReport(Path.of(System.getProperty(OUT_PROPERTY, "target/" + fileName)));
    }

    /** The same, empty report with its lines formatted in {@code locale} instead of the default locale. */
    public BenchmarkReport withLocale(Locale locale) {
        if (!text.isEmpty()) {
            throw new IllegalStateException("choose the locale before the first line");
        }
        return new BenchmarkReport(file, locale);
    }

    /**
     * Appends one line: {@code format} with {@code args} as by {@link String#format(String, Object...)}
     * (in the report's locale), or {@code format} as it is when there are no arguments.
     */
    public BenchmarkReport line(String format, Object... args) {
        if (args.length == 0) {
            text.append(format);
        } else if (locale == null) {
            text.append(String.format(format, args));
        } else {
            text.append(String.format(locale, format, args));
        }
        text.append('\n');
        return this;
    }

    /** Appends {@code value} as it is, no line end added (for reports written in pieces). */
    public BenchmarkReport append(Object value) {
        text.append(value);
        return this;
    }

    /** "Machine: 2 cores, 8.3 GB RAM, Java 25.0.3" (the RAM "?" where the JVM does not tell it). */
    public String machine() {
        return format(
                "Machine: %d cores, %s, Java %s",
                Runtime.getRuntime().availableProcessors(), memory(), System.getProperty("java.version"));
    }

    /** "Machine: 2 cores, Java 25.0.3". */
    public String machineWithoutMemory() {
        return format(
                "Machine: %d cores, Java %s",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    }

    private String memory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
            return format("%.1f GB RAM", os.getTotalMemorySize() / 1e9);
        }
        return "? RAM";
    }

    private String format(String format, Object... args) {
        return locale == null ? String.format(format, args) : String.format(locale, format, args);
    }

    public Path file() {
        return file;
    }

    /** Writes the report (UTF-8) to its file, creating the directories; returns the file. */
    public Path save() {
        try {
            var parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #save() Saves} the report and prints it to standard output; returns the file. */
    public Path write() {
        var written = save();
        System.out.println("\n" + text);
        return written;
    }

    /** The report so far. */
    @Override
    public String toString() {
        return text.toString();
    }

    /** The median: the middle value, or the mean of the two middle values of an even count. */
    public static double median(double... values) {
        var sorted = sorted(values);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The middle value, or of an even count the upper of the two middle values: sorted[n / 2]. */
    public static double upperMedian(double... values) {
        return sorted(values)[values.length / 2];
    }

    /** The middle value, or of an even count the upper of the two middle values: sorted[n / 2]. */
    public static <T extends Comparable<? super T>> T upperMedian(Collection<? extends T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<? extends T> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /**
     * The nearest-rank percentile: the smallest value with at least {@code p} of the values at or below it,
     * sorted[ceil(p × n) − 1]. Its median ({@code p} 0.5) of an even count is the lower middle value.
     */
    public static double percentile(Collection<Double> values, double p) {
        if (p <= 0 || p > 1) {
            throw new IllegalArgumentException("p must be in (0, 1]: " + p);
        }
        var sorted = sorted(values.stream().mapToDouble(Double::doubleValue).toArray());
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** The nearest-rank 95th percentile. */
    public static double p95(Collection<Double> values) {
        return percentile(values, 0.95);
    }

    public static double max(Collection<Double> values) {
        return values.stream()
                .mapToDouble(Double::doubleValue)
                .max()
                .orElseThrow(() -> new IllegalArgumentException("no values"));
    }

    private static double[] sorted(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        var sorted = values.clone();
        Arrays.sort(sorted);
        return sorted;
    }
}
