package app.neodesk.driver;

import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The five sections of a market note: why a price moves. */
public enum DriverCategory {
    SUPPLY("Supply"),
    DEMAND("Demand"),
    POLICY("Policy"),
    MACRO("Macro & capital"),
    OUTLOOK("Outlook");

    private final String label;

    DriverCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The value used in URLs, e.g. {@code macro}. */
    public String urlValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static @Nullable DriverCategory fromUrlValue(@Nullable String value) {
        return Arrays.stream(values())
                .filter(v -> v.urlValue().equalsIgnoreCase(value == null ? "" : value.strip()))
                .findFirst()
                .orElse(null);
    }
}
