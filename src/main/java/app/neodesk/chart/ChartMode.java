package app.neodesk.chart;

import app.neodesk.base.ValidationException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the chart shows its products. */
public enum ChartMode {
    /** Each product's mid line with its low–high band, on its own price scale when units differ. */
    ABSOLUTE("absolute", "Absolute"),
    /** Every product rebased to 100 at the start of the range. */
    COMPARE("compare", "Compare (rebased to 100)"),
    /** A − B and A / B for exactly two products. */
    SPREAD("spread", "Spread A − B and ratio A / B");

    private final String code;
    private final String label;

    ChartMode(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static ChartMode parse(String code) {
        var wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.code.equals(wanted)).findFirst()
                .orElseThrow(() -> new ValidationException("mode", "Unknown chart mode '" + code + "'. Use one of: "
                        + Arrays.stream(values()).map(ChartMode::code).collect(Collectors.joining(", "))));
    }
}
