package app.neodesk.chart;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Chart range presets, resolved backwards from an end date (usually the latest quote or today).
 *
 * <p>A preset's start is never before the earliest available date: "5Y" on a product with two years
 * of history starts at its first quote, like "All".
 */
public enum RangePreset {
    ONE_MONTH("1M"),
    THREE_MONTHS("3M"),
    SIX_MONTHS("6M"),
    YEAR_TO_DATE("YTD"),
    ONE_YEAR("1Y"),
    FIVE_YEARS("5Y"),
    ALL("All");

    private final String code;

    RangePreset(String code) {
        this.code = code;
    }

    /** The short code shown on the preset buttons and used in URLs: 1M, 3M, 6M, YTD, 1Y, 5Y, All. */
    public String code() {
        return code;
    }

    /**
     * The first date of the range that ends on {@code end}.
     *
     * @param end the last date of the range, inclusive
     * @param earliest the earliest date with data; {@link #ALL} starts here and no preset starts before
     * @throws IllegalArgumentException if {@code earliest} is after {@code end}
     */
    public LocalDate from(LocalDate end, LocalDate earliest) {
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(earliest, "earliest");
        if (earliest.isAfter(end)) {
            throw new IllegalArgumentException("earliest date " + earliest + " is after end date " + end);
        }
        LocalDate candidate = switch (this) {
            case ONE_MONTH -> end.minusMonths(1);
            case THREE_MONTHS -> end.minusMonths(3);
            case SIX_MONTHS -> end.minusMonths(6);
            case YEAR_TO_DATE -> end.withDayOfYear(1);
            case ONE_YEAR -> end.minusYears(1);
            case FIVE_YEARS -> end.minusYears(5);
            case ALL -> earliest;
        };
        return candidate.isBefore(earliest) ? earliest : candidate;
    }

    /**
     * Parses a preset code, ignoring case and surrounding blanks ("1m", "ytd", " ALL ").
     *
     * @throws IllegalArgumentException naming the bad code and the valid ones
     */
    public static RangePreset parse(String code) {
        Objects.requireNonNull(code, "code");
        String wanted = code.strip();
        for (RangePreset preset : values()) {
            if (preset.code.equalsIgnoreCase(wanted)) {
                return preset;
            }
        }
        throw new IllegalArgumentException("Unknown range preset '" + code + "'. Use one of: "
                + Arrays.stream(values()).map(RangePreset::code).collect(Collectors.joining(", "))
                + " (case does not matter).");
    }

    @Override
    public String toString() {
        return code;
    }

    /** Lower-case code, handy for URL query parameters. */
    public String urlCode() {
        return code.toLowerCase(Locale.ROOT);
    }
}
