package app.neodesk.quote;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * How prices and changes read in tables: thousands separators, the product's scale, a sign on
 * changes, "nc" when the mid did not move, and an empty text when there is no previous quote.
 */
public final class PriceFormat {

    public static final String NO_CHANGE = "nc";

    private PriceFormat() {}

    /** 1085000 at scale 0 → "1,085,000"; 12.5 at scale 2 → "12.50". */
    public static String price(@Nullable BigDecimal value, int scale) {
        if (value == null) {
            return "";
        }
        return format(value.setScale(scale, RoundingMode.HALF_UP), scale, false);
    }

    /** "+35,000", "-1,000", "nc", or "" without a previous quote. */
    public static String changeAmount(PriceChange change, int scale) {
        var amount = change.amount();
        if (amount == null) {
            return "";
        }
        if (amount.signum() == 0) {
            return NO_CHANGE;
        }
        return format(amount.setScale(scale, RoundingMode.HALF_UP), scale, true);
    }

    /** "+3.33%", "-0.50%", "0.00%", or "" without a previous quote. */
    public static String changePercent(PriceChange change) {
        var percent = change.percent();
        if (percent == null) {
            return "";
        }
        return format(percent, PriceChange.PERCENT_SCALE, percent.signum() != 0) + "%";
    }

    /**
     * The change % as tables show it next to {@link #changeAmount}: "+3.33%", "-0.50%", and "nc" when
     * the mid did not move (never "0.00%" beside an "nc"), or "" without a previous quote. A move too
     * small to show at 2 decimals keeps its direction: "+0.00%".
     */
    public static String changePercentOrNc(PriceChange change) {
        var amount = change.amount();
        var percent = change.percent();
        if (amount == null || percent == null) {
            return "";
        }
        if (amount.signum() == 0) {
            return NO_CHANGE;
        }
        if (percent.signum() == 0) {
            return (amount.signum() > 0 ? "+" : "-") + format(percent, PriceChange.PERCENT_SCALE, false) + "%";
        }
        return format(percent, PriceChange.PERCENT_SCALE, true) + "%";
    }

    /** CSS class of a rise. */
    public static final String RISE = "rise";
    /** CSS class of a fall. */
    public static final String FALL = "fall";
    /** CSS class of an unchanged mid ("nc"). */
    public static final String UNCHANGED = "unchanged";
    /** CSS class of a quote without a previous one (empty change). */
    public static final String NO_PREVIOUS = "no-previous";

    /**
     * The CSS class for a change: "rise", "fall", "unchanged" or "no-previous". Never empty or blank:
     * Vaadin refuses an empty class name, and an unchanged day is routine, not an edge case.
     */
    public static String cssClass(PriceChange change) {
        if (!change.isPresent()) {
            return NO_PREVIOUS;
        }
        return switch (change.direction()) {
            case 1 -> RISE;
            case -1 -> FALL;
            default -> UNCHANGED;
        };
    }

    /**
     * {@code value} rounded half up to {@code scale} decimals, with a comma between thousands and a
     * point before the decimals; "-" on a negative value (also when it rounds to zero, as
     * {@link java.text.DecimalFormat} does), "+" on any other when {@code signed}. Written out by hand:
     * a grid page formats thousands of cells, and a {@code DecimalFormat} per cell was a steady share
     * of the server's allocations under load (docs/BENCHMARKS.md).
     */
    static String format(BigDecimal value, int scale, boolean signed) {
        var digits = value.abs().setScale(scale, RoundingMode.HALF_UP).toPlainString();
        int point = scale > 0 ? digits.length() - scale - 1 : digits.length();
        var out = new StringBuilder(digits.length() + digits.length() / 3 + 2);
        if (value.signum() < 0) {
            out.append('-');
        } else if (signed) {
            out.append('+');
        }
        for (int i = 0; i < point; i++) {
            if (i > 0 && (point - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.append(digits, point, digits.length()).toString();
    }

    /**
     * A stored price (4 decimals in the database) at the product's scale, exactly. A price with more
     * decimals than the product now allows (its scale was lowered later) keeps them instead of being
     * rounded, so nothing is hidden or lost.
     */
    public static BigDecimal atScale(BigDecimal value, int scale) {
        if (value.scale() == scale) {
            return value;
        }
        if (value.scale() < scale) {
            return value.setScale(scale, RoundingMode.UNNECESSARY); // more zeros: exact
        }
        // Fewer decimals: exact when nothing non-zero is cut off (one division, where stripping the
        // trailing zeros divides once per zero); otherwise the value with only its significant decimals.
        var cut = value.setScale(scale, RoundingMode.DOWN);
        return cut.compareTo(value) == 0 ? cut : value.stripTrailingZeros();
    }
}
