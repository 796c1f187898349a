package app.neodesk.intake;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads dates and numbers as vendors write them. Dates: 2023-09-01, 2023/9/1, 2023.9.1,
 * 2023年9月1日, 20230901, with or without a time after them, and Excel serial numbers (45170).
 * Numbers: 1085000, 1,085,000, 1 085 000, 108.5, 108,5 (a single decimal comma), 1.085.000,5;
 * never exponents, signs or words. Blank, "-" and "—" are "no value".
 */
public final class VendorValues {

    private static final Pattern YMD = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("(\\d{5})(?:\\.0+)?");
    /** Excel's day 0 in the 1900 system (counting its phantom 1900-02-29). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private static final Pattern PLAIN = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern COMMA_GROUPED = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
    private static final Pattern DOT_GROUPED = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?");
    private static final Pattern SPACE_GROUPED = Pattern.compile("\\d{1,3}(?: \\d{3})+(?:[.,]\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d{1,2}|\\d+,\\d{4,}");
    private static final int MAX_LENGTH = 40;

    private VendorValues() {}

    /** The date, or {@code null} if the text is not one of the accepted forms or not a real day. */
    public static @Nullable LocalDate date(String text) {
        var t = text.strip();
        try {
            var m = YMD.matcher(t);
            if (m.matches()) {
                return LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = COMPACT.matcher(t);
            if (m.matches()) {
                return LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = SERIAL.matcher(t);
            if (m.matches()) {
                int days = Integer.parseInt(m.group(1));
                // 1 = 1900-01-01 … only plausible price dates (1982–2173) are read as serials
                return days >= 30000 && days <= 99999 ? EXCEL_EPOCH.plusDays(days) : null;
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /** Digits with at most one decimal point between digits: the common case, checked without a regular expression. */
    private static boolean plain(String t) {
        int dot = -1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '.' && dot < 0 && i > 0 && i < t.length() - 1) {
                dot = i;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether the text holds no value: blank, "-", "—", "--", "N/A". */
    public static boolean empty(String text) {
        var t = text.strip();
        return t.isEmpty() || t.chars().allMatch(c -> c == '-' || c == '—' || c == '–') || t.equalsIgnoreCase("n/a");
    }

    /**
     * The positive or zero number, or {@code null} if the text is not a number in one of the
     * accepted forms. Call {@link #empty} first for missing values.
     */
    public static @Nullable BigDecimal number(String text) {
        var t = text.strip()
                .replace('\u00A0', ' ')
                .replace('\u202F', ' ')
                .replace('，', ',')
                .replace('．', '.');
        if (t.isEmpty() || t.length() > MAX_LENGTH) {
            return null;
        }
        if (plain(t)) {
            return new BigDecimal(t);
        }
        if (PLAIN.matcher(t).matches()) {
            return new BigDecimal(t);
        }
        if (COMMA_GROUPED.matcher(t).matches()) {
            return new BigDecimal(t.replace(",", ""));
        }
        if (SPACE_GROUPED.matcher(t).matches()) {
            return new BigDecimal(t.replace(" ", "").replace(',', '.'));
        }
        if (DOT_GROUPED.matcher(t).matches() && t.indexOf('.') != t.lastIndexOf('.')
                || t.matches("\\d{1,3}(?:\\.\\d{3})+,\\d+")) {
            return new BigDecimal(t.replace(".", "").replace(',', '.'));
        }
        if (DECIMAL_COMMA.matcher(t).matches()) {
            return new BigDecimal(t.replace(',', '.'));
        }
        return null;
    }
}
