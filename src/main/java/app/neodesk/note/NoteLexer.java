package app.neodesk.note;

import app.neodesk.catalog.PriceCurrency;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.note.NoteToken.Kind;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Splits note text into {@link NoteToken}s: dates, amounts with the units written at them,
 * ranges, percentages, words of movement, and clause and sentence ends. Everything else (plain
 * words, CJK text) is skipped. English and Chinese are read alike.
 */
public final class NoteLexer {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private static final Pattern DATE_CN = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
    private static final Pattern DATE_ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d.])");
    private static final Pattern DATE_MDY =
            Pattern.compile("(" + MONTHS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)", FLAGS);
    private static final Pattern DATE_DMY =
            Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS + ")\\.?,?\\s+(\\d{4})(?!\\d)", FLAGS);

    private static final String UNSIGNED = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
    private static final String NUM = "[+\\-−]?" + UNSIGNED;
    private static final String CUR_BEFORE = "cny|rmb|usd|us\\$|\\$|¥|￥";
    private static final String CUR_AFTER = "万元|元|人民币|yuan|rmb|cny|usd|美元";
    private static final String PER =
            "(?:/|／|per\\s+|每)\\s*(吨|公吨|公斤|千克|metric\\s+tons?|tonnes?|tons?|mt|t|kilograms?|kgs?)(?![a-z])";
    private static final Pattern AMOUNT = Pattern.compile(
            "(?:(" + CUR_BEFORE + ")\\s*)?(" + NUM + ")"
                    + "(?:\\s*(?:-|–|—|~|～|至|到)\\s*(?:(?:" + CUR_BEFORE + ")\\s*)?(" + UNSIGNED + "))?"
                    + "(?:\\s*(million|mn|thousand|k)(?![a-z]))?"
                    + "(?:\\s*([%％]))?(?:\\s*(" + CUR_AFTER + ")(?![a-z]))?(?:\\s*" + PER + ")?",
            FLAGS);
    /** "≥99.5%": a purity, not a price or a change. */
    private static final Pattern PURITY = Pattern.compile("[≥≤>＞]\\s*" + UNSIGNED + "\\s*[%％]");

    private record Word(Kind kind, Pattern pattern) {}

    private static final List<Word> WORDS = List.of(
            word(
                    Kind.UP,
                    "上涨|上调|上扬|上行|走高|涨幅|大涨|涨|增长|surg(?:e|es|ed|ing)|ris(?:e|es|ing|en)|rose"
                            + "|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|increas(?:e|es|ed|ing)|gain(?:s|ed|ing)?|up|higher"
                            + "|rall(?:y|ies|ied|ying)|soar(?:s|ed|ing)?|advanc(?:e|es|ed|ing)"),
            word(
                    Kind.DOWN,
                    "下跌|下调|下滑|下行|回落|走低|跌幅|大跌|跌|fall(?:s|en|ing)?|fell|drop(?:s|ped|ping)?"
                            + "|declin(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|down|lower|slipp?(?:s|ed|ing)?|slid|dipp?(?:s|ed|ing)?"
                            + "|slump(?:s|ed|ing)?|plung(?:e|es|ed|ing)|eas(?:e|es|ed|ing)|retreat(?:s|ed|ing)?|los(?:e|es|t|ing)"),
            word(Kind.FLAT, "持平|不变|稳定|unchanged|flat|steady|stable"),
            word(Kind.AVERAGE, "平均价|均价|均值|averag(?:e|ed|ing)|avg|mean"),
            word(Kind.RANGE_WORD, "价格区间|区间|range|between"),
            word(Kind.FROM, "from|从|由"),
            word(Kind.LEVEL, "to|at|reach(?:es|ed|ing)?|hit|stood|standing|至|到|达|报|为"),
            word(Kind.SENTENCE_END, "[。；;！!？?\\n]|\\.(?=\\s|$)"),
            word(Kind.CLAUSE_END, "[，,：:、]|—|–"));

    private NoteLexer() {}

    private static Word word(Kind kind, String alternatives) {
        boolean ascii = alternatives.chars().anyMatch(c -> c >= 'a' && c <= 'z');
        return new Word(kind, Pattern.compile("(?:" + alternatives + ")" + (ascii ? "(?![a-z])" : ""), FLAGS));
    }

    /** The tokens of {@code text}, in order. */
    public static List<NoteToken> tokens(String text) {
        var tokens = new ArrayList<NoteToken>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            boolean afterWordChar =
                    i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)) && isAscii(text.charAt(i - 1));
            NoteToken token = afterWordChar && isAscii(c) && Character.isLetterOrDigit(c) ? null : next(text, i);
            if (token != null) {
                tokens.add(token);
                i = Math.max(token.end(), i + 1);
            } else if (isAscii(c) && Character.isLetter(c)) {
                while (i < n && isAscii(text.charAt(i)) && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
            } else {
                i++;
            }
        }
        return tokens;
    }

    private static boolean isAscii(char c) {
        return c < 128;
    }

    private static @Nullable NoteToken next(String text, int i) {
        var date = date(text, i);
        if (date != null) {
            return date;
        }
        var amount = amount(text, i);
        if (amount != null) {
            return amount;
        }
        for (var w : WORDS) {
            var m = w.pattern().matcher(text).region(i, text.length());
            if (m.lookingAt()) {
                return NoteToken.word(w.kind(), i, m.end(), m.group());
            }
        }
        return null;
    }

    private static @Nullable NoteToken date(String text, int i) {
        for (var p : List.of(DATE_CN, DATE_ISO, DATE_MDY, DATE_DMY)) {
            var m = p.matcher(text).region(i, text.length());
            if (m.lookingAt()) {
                try {
                    LocalDate d = p == DATE_MDY
                            ? LocalDate.of(num(m.group(3)), month(m.group(1)), num(m.group(2)))
                            : p == DATE_DMY
                                    ? LocalDate.of(num(m.group(3)), month(m.group(2)), num(m.group(1)))
                                    : LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3)));
                    return new NoteToken(Kind.DATE, i, m.end(), m.group(), null, null, NoteUnit.NONE, d);
                } catch (DateTimeException e) {
                    return null; // "February 30": not a date, and its numbers are not prices either
                }
            }
        }
        return null;
    }

    private static @Nullable NoteToken amount(String text, int i) {
        var purity = PURITY.matcher(text).region(i, text.length());
        if (purity.lookingAt()) {
            return NoteToken.word(Kind.PURITY, i, purity.end(), purity.group());
        }
        var m = AMOUNT.matcher(text).region(i, text.length());
        if (!m.lookingAt()) {
            return null;
        }
        var scale = scale(m.group(4));
        var low = decimal(m.group(2)).multiply(scale);
        var high = m.group(3) == null ? null : decimal(m.group(3)).multiply(scale);
        if (m.group(5) != null) {
            return new NoteToken(Kind.PERCENT, i, m.end(), m.group(), low, high, NoteUnit.NONE, null);
        }
        var unit = unit(m.group(1) != null ? m.group(1) : m.group(6), m.group(6), m.group(7));
        return new NoteToken(high == null ? Kind.NUMBER : Kind.RANGE, i, m.end(), m.group(), low, high, unit, null);
    }

    private static NoteUnit unit(@Nullable String currencyWord, @Nullable String suffix, @Nullable String per) {
        PriceCurrency currency = null;
        if (currencyWord != null) {
            var w = currencyWord.toLowerCase(Locale.ROOT);
            currency = w.contains("$") || w.equals("usd") || w.equals("美元") ? PriceCurrency.USD : PriceCurrency.CNY;
        }
        var multiplier = "万元".equals(suffix) ? NoteUnit.TEN_THOUSAND : BigDecimal.ONE;
        PriceUnit quantity = null;
        if (per != null) {
            var q = per.toLowerCase(Locale.ROOT);
            quantity = q.equals("公斤") || q.equals("千克") || q.startsWith("k") ? PriceUnit.KG : PriceUnit.T;
        }
        return new NoteUnit(currency, multiplier, quantity);
    }

    private static BigDecimal scale(@Nullable String word) {
        if (word == null) {
            return BigDecimal.ONE;
        }
        var w = word.toLowerCase(Locale.ROOT);
        return w.equals("thousand") || w.equals("k") ? new BigDecimal("1000") : new BigDecimal("1000000");
    }

    static BigDecimal decimal(String written) {
        return new BigDecimal(written.replace(",", "").replace('−', '-').replace("+", ""));
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }

    private static int month(String name) {
        var key = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                        .indexOf(key)
                + 1;
    }
}
