package app.neodesk.quote;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules a quote's numbers and date must meet. The entry form, the service and the CSV import
 * all use these, so a rule and its message are defined once.
 */
public final class QuoteRules {

    public static final String FIELD_DATE = "quoteDate";
    public static final String FIELD_LOW = "low";
    public static final String FIELD_HIGH = "high";
    public static final String FIELD_MID = "mid";
    /** A move larger than this (in percent, either way) needs an explicit confirmation. */
    public static final BigDecimal LARGE_MOVE_PERCENT = BigDecimal.TEN;

    /** A problem with one field. */
    public record Problem(String field, String message) {}

    private QuoteRules() {}

    /** Problem with a single price, or {@code null}: present, positive, not too large, within the scale. */
    public static @Nullable String priceProblem(@Nullable BigDecimal value, String label, int scale) {
        if (value == null) {
            return "Enter the " + label + " price";
        }
        if (value.signum() <= 0) {
            return "The " + label + " price must be positive";
        }
        if (value.precision() - value.scale() > Quote.MAX_INTEGER_DIGITS) {
            return "The " + label + " price is too large (at most " + Quote.MAX_INTEGER_DIGITS
                    + " digits before the decimal point)";
        }
        if (value.stripTrailingZeros().scale() > scale) {
            return scale == 0
                    ? "Whole numbers only for this product"
                    : "At most " + scale + " decimal" + (scale == 1 ? "" : "s") + " for this product";
        }
        return null;
    }

    /** Problem with the date, or {@code null}: present, not before {@code earliest} and not after {@code today}. */
    public static @Nullable String dateProblem(@Nullable LocalDate date, LocalDate earliest, LocalDate today) {
        if (date == null) {
            return "Enter the date";
        }
        if (date.isBefore(earliest)) {
            return beforeEarliest(earliest);
        }
        if (date.isAfter(today)) {
            return "The date cannot be in the future (today is " + today + ")";
        }
        return null;
    }

    /** "The date cannot be before 1990-01-01" */
    public static String beforeEarliest(LocalDate earliest) {
        return "The date cannot be before " + earliest;
    }

    /** Problem with the high against the low, or {@code null}. */
    public static @Nullable String highProblem(@Nullable BigDecimal low, @Nullable BigDecimal high) {
        if (low != null && high != null && high.compareTo(low) < 0) {
            return "The high price cannot be below the low price";
        }
        return null;
    }

    /** Problem with the mid against low and high, or {@code null}. */
    public static @Nullable String midProblem(
            @Nullable BigDecimal low, @Nullable BigDecimal high, @Nullable BigDecimal mid) {
        if (low == null || high == null || mid == null || high.compareTo(low) < 0) {
            return null;
        }
        if (mid.compareTo(low) < 0 || mid.compareTo(high) > 0) {
            return "The mid price must be between the low and the high price";
        }
        return null;
    }

    /**
     * Every problem of a quote's date and prices (mid already defaulted if the source has none), in
     * the order of the form: date, low, high, mid.
     */
    public static List<Problem> validate(
            @Nullable LocalDate date,
            LocalDate earliest,
            LocalDate today,
            @Nullable BigDecimal low,
            @Nullable BigDecimal high,
            @Nullable BigDecimal mid,
            int scale) {
        var problems = new ArrayList<Problem>();
        add(problems, FIELD_DATE, dateProblem(date, earliest, today));
        var lowProblem = priceProblem(low, "low", scale);
        var highProblem = priceProblem(high, "high", scale);
        var midProblem = priceProblem(mid, "mid", scale);
        add(problems, FIELD_LOW, lowProblem);
        add(problems, FIELD_HIGH, highProblem);
        add(problems, FIELD_MID, midProblem);
        if (lowProblem == null && highProblem == null) {
            add(problems, FIELD_HIGH, highProblem(low, high));
            if (midProblem == null) {
                add(problems, FIELD_MID, midProblem(low, high, mid));
            }
        }
        return problems;
    }

    private static void add(List<Problem> problems, String field, @Nullable String message) {
        if (message != null) {
            problems.add(new Problem(field, message));
        }
    }
}
