package app.neodesk.note;

import app.neodesk.note.NoteToken.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a market note (English or Chinese) into a {@link ParsedNote}: {@link NoteSections} splits
 * off the driver sections, {@link PriceParser} reads the prices of the rest, and the date and the
 * source are found here. Pure code: the catalog comes in as {@link NameMatcher}s.
 */
public final class NoteGrammar {

    /** Words that name where the data comes from, before the source ("data from", 据) or after it (数据显示). */
    private static final Pattern CUE_BEFORE = Pattern.compile(
            "(?:data\\s+(?:from|by)|according\\s+to|source[ds]?\\s*(?:by|from|:)?|reported\\s+by|quoted\\s+by|per|据|来源[:：]?|来自)"
                    + "[\\s\\p{Punct}the]{0,8}$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern CUE_AFTER =
            Pattern.compile("^\\s*(?:的)?(?:数据|统计|报价)?(?:显示|表明|data\\s+show)", Pattern.CASE_INSENSITIVE);

    private NoteGrammar() {}

    public static ParsedNote parse(String text, NameMatcher products, NameMatcher sources) {
        var split = NoteSections.split(text);
        var prices = PriceParser.parse(split.rest(), products);
        var date = firstDate(split.rest());
        if (date == null) {
            date = firstDate(text);
        }
        var found = sources.findAll(text);
        var codes = new LinkedHashSet<String>();
        found.forEach(m -> codes.add(m.code()));
        String source = found.stream()
                .filter(m -> namedAsOrigin(text, m))
                .map(NameMatch::code)
                .findFirst()
                .orElse(found.isEmpty() ? null : found.getFirst().code());
        return new ParsedNote(date, source, new ArrayList<>(codes), prices, split.sections());
    }

    static @Nullable LocalDate firstDate(String text) {
        return NoteLexer.tokens(text).stream()
                .filter(t -> t.kind() == Kind.DATE)
                .map(NoteToken::date)
                .findFirst()
                .orElse(null);
    }

    private static boolean namedAsOrigin(String text, NameMatch m) {
        var before = text.substring(Math.max(0, m.start() - 30), m.start());
        var after = text.substring(m.end(), Math.min(text.length(), m.end() + 12));
        return CUE_BEFORE.matcher(before).find() || CUE_AFTER.matcher(after).find();
    }
}
