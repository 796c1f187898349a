package app.neodesk.base;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Turns a user's search box text into a safe, lowercase SQL {@code LIKE} pattern. */
public final class SearchText {

    private SearchText() {}

    /**
     * {@code null} for blank input, else {@code %text%} in lowercase with the LIKE wildcards of the
     * input matched literally as far as possible (they are simply removed).
     */
    public static @Nullable String containsPattern(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var cleaned = text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
        return cleaned.isEmpty() ? null : "%" + cleaned + "%";
    }
}
