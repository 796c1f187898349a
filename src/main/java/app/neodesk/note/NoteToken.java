package app.neodesk.note;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A word of the price grammar, with where it stands in the text.
 *
 * @param kind  what it is
 * @param start the first character's index
 * @param end   the index after its last character
 * @param text  the text as written
 * @param value a number's value, a range's low or a percentage (sign included when written)
 * @param high  a range's high
 * @param unit  the unit written at a number or range (possibly partial; {@link NoteUnit#NONE} if none)
 * @param date  a date's value
 */
public record NoteToken(
        Kind kind,
        int start,
        int end,
        String text,
        @Nullable BigDecimal value,
        @Nullable BigDecimal high,
        NoteUnit unit,
        @Nullable LocalDate date) {

    public enum Kind {
        /** A calendar date. */
        DATE,
        /** An amount of money (with whatever unit is written at it) or a bare number. */
        NUMBER,
        /** Two amounts joined by a dash, "~", "至" or "到". */
        RANGE,
        /** A number with "%". */
        PERCENT,
        /** rise, surge, 上涨, 涨幅 … */
        UP,
        /** fall, down, 下跌, 跌幅 … */
        DOWN,
        /** unchanged, flat, 持平 … */
        FLAT,
        /** "to", "at", "reached", 至, 到, 报: the next number is a level, not a change. */
        LEVEL,
        /** "from", 从, 由: the next number is the level before the move. */
        FROM,
        /** "≥99.5%": a purity. */
        PURITY,
        /** average, 均价, 平均价 */
        AVERAGE,
        /** range, 区间 */
        RANGE_WORD,
        /** A comma or dash between clauses. */
        CLAUSE_END,
        /** A full stop, semicolon or line break. */
        SENTENCE_END
    }

    static NoteToken word(Kind kind, int start, int end, String text) {
        return new NoteToken(kind, start, end, text, null, null, NoteUnit.NONE, null);
    }

    public boolean hasUnit() {
        return !unit.isEmpty();
    }
}
