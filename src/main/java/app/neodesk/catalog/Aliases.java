package app.neodesk.catalog;

import app.neodesk.base.ValidationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rules shared by product and source aliases: cleaning a typed list, and naming clashes. */
final class Aliases {

    /** The form field (and {@link ValidationException#getField()}) aliases belong to. */
    static final String FIELD = "aliases";

    static final int MAX_LENGTH = 100;
    static final int MAX_PER_ITEM = 30;
    static final String BUSY_MESSAGE = "Another admin is saving one of these aliases right now; save again in a moment";

    private Aliases() {}

    /**
     * Trims every alias and drops blanks, repeats (by normalised key, the first spelling stays) and
     * the item's own code (it resolves anyway).
     *
     * @param what "product" or "source", for the messages
     * @throws ValidationException if an alias is too long, has no letters or digits, or there are too many
     */
    static List<String> clean(List<String> typed, String ownCode, String what) {
        var ownKey = NameIndex.normalise(ownCode);
        var keys = new HashSet<String>();
        var cleaned = new ArrayList<String>();
        for (var raw : typed) {
            var alias = raw == null ? "" : raw.strip();
            if (alias.isEmpty()) {
                continue;
            }
            if (alias.length() > MAX_LENGTH) {
                throw new ValidationException(
                        FIELD, "'" + abbreviate(alias) + "' is longer than " + MAX_LENGTH + " characters");
            }
            var key = NameIndex.normalise(alias);
            if (key.isEmpty()) {
                throw new ValidationException(FIELD, "'" + alias + "' has no letters or digits");
            }
            if (key.equals(ownKey) || !keys.add(key)) {
                continue;
            }
            cleaned.add(alias);
        }
        if (cleaned.size() > MAX_PER_ITEM) {
            throw new ValidationException(
                    FIELD, "At most " + MAX_PER_ITEM + " aliases per " + what + " (" + cleaned.size() + " given)");
        }
        return List.copyOf(cleaned);
    }

    /**
     * The first alias in {@code cleaned} that belongs to another item, as a message such as
     * "'氧化镨钕' is already an alias of prnd-oxide-cn".
     *
     * @param aliasOwners normalised key → code of the other item that has it as an alias
     * @param codeOwners  normalised key → code of the other item whose code it is
     */
    static Optional<String> firstClash(
            List<String> cleaned, Map<String, String> aliasOwners, Map<String, String> codeOwners) {
        for (var alias : cleaned) {
            var key = NameIndex.normalise(alias);
            var owner = aliasOwners.get(key);
            if (owner != null) {
                return Optional.of("'" + alias + "' is already an alias of " + owner);
            }
            var codeOwner = codeOwners.get(key);
            if (codeOwner != null) {
                return Optional.of("'" + alias + "' is already the code of " + codeOwner);
            }
        }
        return Optional.empty();
    }

    /** "added 氧化钕, Nd oxide; removed Nd2O3", or "unchanged". */
    static String describeChange(List<String> before, List<String> after) {
        var added = after.stream().filter(a -> !before.contains(a)).toList();
        var removed = before.stream().filter(b -> !after.contains(b)).toList();
        var parts = new ArrayList<String>();
        if (!added.isEmpty()) {
            parts.add("added " + String.join(", ", added));
        }
        if (!removed.isEmpty()) {
            parts.add("removed " + String.join(", ", removed));
        }
        if (parts.isEmpty()) {
            parts.add("reordered " + String.join(", ", after));
        }
        return "aliases " + String.join("; ", parts);
    }

    private static String abbreviate(String alias) {
        return alias.length() <= 30 ? alias : alias.substring(0, 30) + "…";
    }
}
