package app.neodesk.note;

import app.neodesk.note.NoteToken.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The price productions of the note grammar. Each product mention owns the tokens up to the next
 * mention (tokens before the first mention of a sentence belong to that mention). Within them:
 * <ul>
 *   <li>a range is low–high;</li>
 *   <li>an amount right after a word of movement ("surging by", 上涨) is the change, signed by it;
 *       a movement word followed by "to"/"reached"/至 introduces a level instead ("jumped to 905,000");</li>
 *   <li>the first other amount is the average;</li>
 *   <li>a percentage is the change in percent, signed by the movement word before or right after it;</li>
 *   <li>"unchanged", "flat", 持平 make the change 0.</li>
 * </ul>
 * A clause or sentence end forgets a pending movement word. Amounts without a full unit take the
 * missing parts from the other amounts of their sentence.
 */
final class PriceParser {

    private static final String ELEMENTS_CN = "[镧铈镨钕钷钐铕钆铽镝钬铒铥镱镥钇钪]";
    private static final String ELEMENTS_EN = "lanthanum|cerium|praseodymium|neodymium|samarium|europium|gadolinium"
            + "|terbium|dysprosium|holmium|erbium|thulium|ytterbium|lutetium|yttrium|scandium";
    private static final String SYMBOLS = "PrNd|Pr-Nd|DyFe|La|Ce|Pr|Nd|Sm|Eu|Gd|Tb|Dy|Ho|Er|Y";
    /** Words that look like a product name, to list names no alias knows instead of dropping them. */
    private static final Pattern PRODUCT_LIKE = Pattern.compile(
            "(?:金属|氧化)" + ELEMENTS_CN + "{1,2}|" + ELEMENTS_CN + "{1,2}(?:铁)?合金|" + ELEMENTS_CN + "{1,2}(?:氧化物|金属)"
                    + "|\\b(?:(?:" + ELEMENTS_EN + ")(?:[- ](?:" + ELEMENTS_EN + "|iron))?|" + SYMBOLS + ")"
                    + "[- ](?:metal|oxide|alloy|carbonate|fluoride)s?\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private PriceParser() {}

    private record Mention(String name, @Nullable String code, int start, int end) {}

    /** The products the text prices, in order of first mention; mentions without any amount are left out. */
    static List<PriceMention> parse(String text, NameMatcher products) {
        var mentions = mentions(text, products);
        var tokens = NoteLexer.tokens(text);
        var sentenceOf = new int[tokens.size()];
        int sentence = 0;
        for (int i = 0; i < tokens.size(); i++) {
            sentenceOf[i] = sentence;
            if (tokens.get(i).kind() == Kind.SENTENCE_END) {
                sentence++;
            }
        }
        var shared = sharedUnits(tokens, sentenceOf, sentence + 1);
        var owned = new LinkedHashMap<Mention, List<Integer>>();
        mentions.forEach(m -> owned.put(m, new ArrayList<>()));
        for (int i = 0; i < tokens.size(); i++) {
            var owner = owner(mentions, tokens, sentenceOf, i);
            if (owner != null) {
                owned.computeIfAbsent(owner, m -> new ArrayList<>()).add(i);
            }
        }
        var byProduct = new LinkedHashMap<String, PriceMention>();
        owned.forEach((mention, indexes) -> {
            var state = new Reading();
            for (int k = 0; k < indexes.size(); k++) {
                int i = indexes.get(k);
                var next = k + 1 < indexes.size() ? tokens.get(indexes.get(k + 1)) : null;
                state.read(tokens.get(i), shared[sentenceOf[i]], next);
            }
            var found = state.result(mention.name(), mention.code());
            if (found.hasPrice() || found.change() != null || found.changePercent() != null) {
                var key = mention.code() != null ? mention.code() : "?" + mention.name();
                byProduct.merge(key, found, PriceParser::merge);
            }
        });
        return List.copyOf(byProduct.values());
    }

    /** Alias matches, plus product-like words that overlap none of them (as unknown names). */
    private static List<Mention> mentions(String text, NameMatcher products) {
        var list = new ArrayList<Mention>();
        for (var m : products.findAll(text)) {
            list.add(new Mention(text.substring(m.start(), m.end()), m.code(), m.start(), m.end()));
        }
        var like = PRODUCT_LIKE.matcher(text);
        while (like.find()) {
            int s = like.start();
            int e = like.end();
            if (list.stream().noneMatch(m -> m.code() != null && m.start() < e && s < m.end())) {
                list.add(new Mention(like.group(), null, s, e));
            }
        }
        list.sort(Comparator.comparingInt(Mention::start));
        return list;
    }

    /** The mention owning token i: the last one before it, else the first one later in its sentence. */
    private static @Nullable Mention owner(List<Mention> mentions, List<NoteToken> tokens, int[] sentenceOf, int i) {
        var token = tokens.get(i);
        Mention before = null;
        for (var m : mentions) {
            if (m.start() <= token.start()) {
                before = m;
            }
        }
        if (before != null || mentions.isEmpty()) {
            return before;
        }
        var first = mentions.getFirst();
        for (int j = i; j < tokens.size() && tokens.get(j).start() < first.start(); j++) {
            if (tokens.get(j).kind() == Kind.SENTENCE_END) {
                return null;
            }
        }
        return first;
    }

    /** Per sentence: the unit its amounts write, combined (the first written part of each kind wins). */
    private static NoteUnit[] sharedUnits(List<NoteToken> tokens, int[] sentenceOf, int sentences) {
        var units = new NoteUnit[sentences];
        Arrays.fill(units, NoteUnit.NONE);
        for (int i = 0; i < tokens.size(); i++) {
            var t = tokens.get(i);
            if (t.hasUnit()) {
                units[sentenceOf[i]] = units[sentenceOf[i]].orElse(t.unit());
            }
        }
        return units;
    }

    private static PriceMention merge(PriceMention a, PriceMention b) {
        return new PriceMention(
                a.name(),
                a.productCode(),
                a.mid() != null ? a.mid() : b.mid(),
                a.low() != null ? a.low() : b.low(),
                a.low() != null ? a.high() : b.high(),
                a.change() != null ? a.change() : b.change(),
                a.changePercent() != null ? a.changePercent() : b.changePercent());
    }

    /** The state while reading one mention's tokens. */
    private static final class Reading {
        private @Nullable Kind pending;
        private @Nullable Kind lastMove;
        private boolean level;
        private @Nullable Kind previous;
        private @Nullable NoteAmount mid;
        private @Nullable NoteAmount low;
        private @Nullable NoteAmount high;
        private @Nullable NoteAmount change;
        private @Nullable BigDecimal percent;
        private boolean percentFromNext;
        private @Nullable NoteAmount betweenLow;
        private boolean skipNext;

        void read(NoteToken t, NoteUnit shared, @Nullable NoteToken next) {
            if (t.kind() != Kind.NUMBER && t.kind() != Kind.RANGE) {
                skipNext = false; // only a number right after "from" is the old level
            }
            switch (t.kind()) {
                case SENTENCE_END, CLAUSE_END, AVERAGE -> {
                    pending = null;
                    level = false;
                }
                case UP, DOWN -> {
                    if (percentFromNext && previous == Kind.PERCENT && percent != null) {
                        percent = signed(percent.abs(), t.kind());
                    } else {
                        pending = t.kind();
                    }
                    lastMove = t.kind();
                    level = false;
                }
                case LEVEL -> {
                    pending = null;
                    level = true;
                }
                case FROM -> skipNext = true;
                case FLAT -> {
                    if (change == null) {
                        change = new NoteAmount(BigDecimal.ZERO, shared, t.text());
                    }
                    if (percent == null) {
                        percent = BigDecimal.ZERO;
                    }
                }
                case RANGE -> {
                    if (skipNext) {
                        skipNext = false;
                    } else if (low == null && (t.hasUnit() || previous == Kind.RANGE_WORD || shared.isComplete())) {
                        low = new NoteAmount(Objects.requireNonNull(t.value()), t.unit(), t.text()).withUnit(shared);
                        high = new NoteAmount(Objects.requireNonNull(t.high()), t.unit(), t.text()).withUnit(shared);
                    }
                    pending = null;
                    level = false;
                }
                case NUMBER -> number(t, shared);
                case PERCENT -> {
                    var value = Objects.requireNonNull(t.value());
                    if (percent == null
                            || percent.signum() == 0
                                    && change != null
                                    && change.value().signum() == 0) {
                        boolean signed = t.text().matches("^[+\\-−].*");
                        var move = pending != null ? pending : lastMove;
                        percent = signed || move == null ? value : signed(value, move);
                        percentFromNext = !signed && pending == null;
                    }
                    pending = null;
                }
                default -> {}
            }
            if (t.kind() != Kind.PERCENT && t.kind() != Kind.UP && t.kind() != Kind.DOWN) {
                percentFromNext = false;
            }
            previous = t.kind();
        }

        private void number(NoteToken t, NoteUnit shared) {
            if (skipNext) {
                skipNext = false; // "from 1,050,000": the level before the move
                return;
            }
            boolean bare = !t.hasUnit();
            var value = Objects.requireNonNull(t.value());
            if (previous == Kind.RANGE_WORD && low == null) {
                betweenLow = new NoteAmount(value, t.unit(), t.text()); // "between 6,800 and 6,900 yuan/kg"
                return;
            }
            if (betweenLow != null && previous == Kind.NUMBER) {
                low = new NoteAmount(betweenLow.value(), betweenLow.unit().orElse(t.unit()), betweenLow.written())
                        .withUnit(shared);
                high = new NoteAmount(value, t.unit(), t.text()).withUnit(shared);
                betweenLow = null;
                return;
            }
            betweenLow = null;
            boolean signed = t.text().matches("^[+\\-−].*");
            if (bare && !signed && pending == null && !level && previous != Kind.AVERAGE) {
                return; // a bare number with no price word at it: a count, a year, a share…
            }
            var amount = new NoteAmount(value, t.unit(), t.text()).withUnit(shared);
            if (pending != null && !level) {
                if (change == null || change.value().signum() == 0) {
                    change = pending == Kind.DOWN
                            ? new NoteAmount(amount.value().abs(), amount.unit(), t.text()).negated()
                            : new NoteAmount(amount.value().abs(), amount.unit(), t.text());
                }
            } else if (signed && !level) {
                if (change == null) {
                    change = amount;
                }
            } else if (mid == null) {
                mid = amount;
            }
            pending = null;
            level = false;
        }

        private static BigDecimal signed(BigDecimal value, Kind move) {
            return move == Kind.DOWN ? value.abs().negate() : value.abs();
        }

        PriceMention result(String name, @Nullable String code) {
            return new PriceMention(name, code, mid, low, high, change, percent);
        }
    }
}
