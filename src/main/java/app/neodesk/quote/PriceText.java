package app.neodesk.quote;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a price as a person types it: digits with an optional decimal point, and optionally
 * thousands separators in their proper places ("1,085,000.50"). Anything else, such as scientific
 * notation ("1e3"), letters or misplaced separators ("1,0,0"), is refused with one clear message
 * instead of being read as some other number.
 */
public final class PriceText {

    public static final String NOT_A_NUMBER = "Enter a plain number like 1085000 or 1,085,000";
    /** Longer input is refused before any parsing (far beyond any real price). */
    public static final int MAX_LENGTH = 40;

    /** Optional minus (so "-5" gets the rule "must be positive"), whole part plain or grouped by 3, decimals. */
    private static final Pattern NUMBER = Pattern.compile("-?(?:[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)(?:\\.[0-9]*)?");

    /** What was typed, read: a value, nothing (empty input), or a problem. */
    public record Parsed(
            @Nullable BigDecimal value, @Nullable String problem) {

        static final Parsed EMPTY = new Parsed(null, null);

        public boolean ok() {
            return problem == null;
        }
    }

    private PriceText() {}

    public static Parsed parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Parsed.EMPTY;
        }
        var t = text.strip();
        if (t.length() > MAX_LENGTH) {
            return new Parsed(
                    null,
                    "The number is too long (at most " + Quote.MAX_INTEGER_DIGITS
                            + " digits before the decimal point)");
        }
        if (!NUMBER.matcher(t).matches()) {
            return new Parsed(null, NOT_A_NUMBER);
        }
        return new Parsed(new BigDecimal(t.replace(",", "")), null);
    }

    /** A value as the field shows it: thousands separators, its own decimals (1085000 → "1,085,000"). */
    public static String format(@Nullable BigDecimal value) {
        return value == null ? "" : PriceFormat.price(value, Math.max(0, value.scale()));
    }
}
