package app.neodesk.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An immutable lookup of items (products or sources) by their names: codes and aliases, compared
 * in their {@linkplain #normalise normalised} form, so "Pr-Nd oxide", "PrNd  Oxide" and
 * "prnd-oxide" are the same name. Built once per import or note, then used in hot loops.
 * <p>
 * {@link #findAll(String)} finds the names inside free text: the longest name wins (氧化镨钕 over
 * 氧化镨), matches do not overlap, and a name that begins or ends with a Latin letter or digit
 * must stand as a word there ("SMM" is not found inside "summary"). Chinese names match anywhere.
 * <p>
 * A name that two different items share (possible only between codes that normalise alike) is
 * ambiguous: it resolves to nothing rather than to a guess.
 */
public final class NameIndex<T> {

    /** One name found in a text: the item, the name as registered, and where it stands in the text. */
    public record Match<T>(T item, String alias, int start, int end) {
        /** The matched part of {@code text}, as written there. */
        public String in(String text) {
            return text.substring(start, end);
        }
    }

    private record Entry<T>(T item, String alias) {}

    private static final class Node<T> {
        final Map<Character, Node<T>> next = new HashMap<>(4);

        @Nullable
        Entry<T> entry;
    }

    private final Map<String, Entry<T>> byKey;
    private final Node<T> root = new Node<>();

    private NameIndex(Map<String, Entry<T>> byKey) {
        this.byKey = byKey;
        byKey.forEach((key, entry) -> {
            var node = root;
            for (int i = 0; i < key.length(); i++) {
                node = node.next.computeIfAbsent(key.charAt(i), c -> new Node<>());
            }
            node.entry = entry;
        });
    }

    /** An index with no names. */
    public static <T> NameIndex<T> empty() {
        return new NameIndex<>(Map.of());
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /**
     * The comparison form of a name: Unicode NFKC (full-width letters become ASCII), lower case
     * ({@link Locale#ROOT}), and without whitespace, hyphens and dashes, underscores, dots (also 。),
     * middle dots, commas (also 、) and brackets of any kind.
     */
    public static String normalise(@Nullable String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        var folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        var sb = new StringBuilder(folded.length());
        folded.codePoints().filter(cp -> !isSeparator(cp)).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** The item whose code or alias is {@code name} once normalised. */
    public Optional<T> resolve(@Nullable String name) {
        var entry = byKey.get(normalise(name));
        return entry == null ? Optional.empty() : Optional.of(entry.item());
    }

    /**
     * The items with a name (code or alias) that contains {@code fragment} once both are normalised,
     * each once, in no particular order: "oxide" finds every oxide, "氧化镨" finds both
     * 氧化镨 and 氧化镨钕. A blank fragment finds nothing.
     */
    public List<T> containing(@Nullable String fragment) {
        var key = normalise(fragment);
        if (key.isEmpty()) {
            return List.of();
        }
        var found = new LinkedHashMap<T, Boolean>();
        byKey.forEach((name, entry) -> {
            if (name.contains(key)) {
                found.putIfAbsent(entry.item(), Boolean.TRUE);
            }
        });
        return List.copyOf(found.keySet());
    }

    /** How many distinct names (normalised) the index holds. */
    public int size() {
        return byKey.size();
    }

    /**
     * Every name occurring in {@code text}, left to right, without overlaps, the longest at each
     * place. Separators inside the text are skipped like in {@link #normalise}, so "Pr-Nd oxide" in a
     * note finds the alias "PrNd oxide"; start and end are offsets in {@code text} itself.
     */
    public List<Match<T>> findAll(@Nullable String text) {
        if (text == null || text.isEmpty() || byKey.isEmpty()) {
            return List.of();
        }
        var folded = Folded.of(text);
        var matches = new ArrayList<Match<T>>();
        int i = 0;
        while (i < folded.length()) {
            int originalStart = folded.start(i);
            int best = -1;
            Entry<T> bestEntry = null;
            boolean startsHere = folded.isCharStart(i)
                    && (!isWordChar(text.codePointAt(originalStart)) || !isWordBefore(text, originalStart));
            if (startsHere) {
                var node = root;
                for (int j = i; j < folded.length(); j++) {
                    node = node.next.get(folded.charAt(j));
                    if (node == null) {
                        break;
                    }
                    if (node.entry != null && folded.isCharEnd(j) && endsAsWord(text, folded.end(j))) {
                        best = j;
                        bestEntry = node.entry;
                    }
                }
            }
            if (bestEntry != null) {
                matches.add(new Match<>(bestEntry.item(), bestEntry.alias(), originalStart, folded.end(best)));
                i = best + 1;
            } else {
                i++;
            }
        }
        return Collections.unmodifiableList(matches);
    }

    private static boolean endsAsWord(String text, int end) {
        int last = text.codePointBefore(end);
        return !isWordChar(last) || end >= text.length() || !isWordChar(text.codePointAt(end));
    }

    private static boolean isWordBefore(String text, int start) {
        return start > 0 && isWordChar(text.codePointBefore(start));
    }

    /** A letter or digit of a script written with spaces between words (not Chinese, Japanese, Korean). */
    private static boolean isWordChar(int cp) {
        if (!Character.isLetterOrDigit(cp)) {
            return false;
        }
        var script = Character.UnicodeScript.of(cp);
        return script != Character.UnicodeScript.HAN
                && script != Character.UnicodeScript.HIRAGANA
                && script != Character.UnicodeScript.KATAKANA
                && script != Character.UnicodeScript.HANGUL;
    }

    static boolean isSeparator(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.CONNECTOR_PUNCTUATION,
                    Character.FORMAT -> true;
            default ->
                switch (cp) {
                    case '.', ',', '·', '・', '‧', '•', '∙', '。', '、', '\u0387', '\u2212' -> true;
                    default -> false;
                };
        };
    }

    /**
     * The text folded like {@link #normalise}, piece by piece, remembering for every folded
     * character the span of the original text it came from (a base character with its marks).
     */
    private record Folded(StringBuilder chars, int[] starts, int[] ends, boolean[] pieceEnd) {

        static Folded of(String text) {
            var chars = new StringBuilder(text.length());
            var starts = new int[text.length() * 2 + 4];
            var ends = new int[starts.length];
            var pieceEnd = new boolean[starts.length];
            int pos = 0;
            while (pos < text.length()) {
                int next = pos + Character.charCount(text.codePointAt(pos));
                while (next < text.length() && isMark(text.codePointAt(next))) {
                    next += Character.charCount(text.codePointAt(next));
                }
                var piece = normalise(text.substring(pos, next));
                for (int k = 0; k < piece.length(); k++) {
                    int at = chars.length();
                    if (at >= starts.length) {
                        starts = Arrays.copyOf(starts, starts.length * 2);
                        ends = Arrays.copyOf(ends, ends.length * 2);
                        pieceEnd = Arrays.copyOf(pieceEnd, pieceEnd.length * 2);
                    }
                    chars.append(piece.charAt(k));
                    starts[at] = pos;
                    ends[at] = next;
                    pieceEnd[at] = k == piece.length() - 1;
                }
                pos = next;
            }
            return new Folded(chars, starts, ends, pieceEnd);
        }

        private static boolean isMark(int cp) {
            int type = Character.getType(cp);
            return type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
        }

        int length() {
            return chars.length();
        }

        char charAt(int i) {
            return chars.charAt(i);
        }

        int start(int i) {
            return starts[i];
        }

        int end(int i) {
            return ends[i];
        }

        /** Whether a match may begin at folded character {@code i} (not inside a folded piece). */
        boolean isCharStart(int i) {
            return i == 0 || starts[i] != starts[i - 1];
        }

        /** Whether a match may end after folded character {@code i} (not inside a folded piece). */
        boolean isCharEnd(int i) {
            return pieceEnd[i];
        }
    }

    /** Collects names; the first item registered under a name keeps its alias text. */
    public static final class Builder<T> {

        private final Map<String, Entry<T>> byKey = new LinkedHashMap<>();
        private final Set<String> ambiguous = new HashSet<>();

        private Builder() {}

        /** Registers {@code name} (a code or an alias) for {@code item}; blank names are ignored. */
        public Builder<T> add(@Nullable String name, T item) {
            var key = normalise(name);
            if (key.isEmpty() || name == null) {
                return this;
            }
            var existing = byKey.get(key);
            if (existing == null) {
                if (!ambiguous.contains(key)) {
                    byKey.put(key, new Entry<>(item, name.strip()));
                }
            } else if (!existing.item().equals(item)) {
                byKey.remove(key);
                ambiguous.add(key);
            }
            return this;
        }

        public NameIndex<T> build() {
            return new NameIndex<>(Map.copyOf(byKey));
        }
    }
}
