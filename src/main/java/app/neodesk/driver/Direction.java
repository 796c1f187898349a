package app.neodesk.driver;

import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Which way a driver pushes the price. */
public enum Direction {
    BULLISH("Bullish", 1),
    BEARISH("Bearish", -1),
    NEUTRAL("Neutral", 0);

    private final String label;
    private final int sign;

    Direction(String label, int sign) {
        this.label = label;
        this.sign = sign;
    }

    public String label() {
        return label;
    }

    /** +1 for bullish, -1 for bearish, 0 for neutral: the sign of the price move the driver expects. */
    public int sign() {
        return sign;
    }

    public String urlValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static @Nullable Direction fromUrlValue(@Nullable String value) {
        return Arrays.stream(values())
                .filter(v -> v.urlValue().equalsIgnoreCase(value == null ? "" : value.strip()))
                .findFirst()
                .orElse(null);
    }
}
