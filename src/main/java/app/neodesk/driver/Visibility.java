package app.neodesk.driver;

import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Who may read an annotation. */
public enum Visibility {
    /** The author only. */
    PRIVATE("Private (only me)"),
    /** Members of the chosen teams (among the author's), plus the author. */
    TEAM("Team"),
    /** Every signed-in user. */
    EVERYONE("Everyone");

    private final String label;

    Visibility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String urlValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static @Nullable Visibility fromUrlValue(@Nullable String value) {
        return Arrays.stream(values())
                .filter(v -> v.urlValue().equalsIgnoreCase(value == null ? "" : value.strip()))
                .findFirst()
                .orElse(null);
    }
}
