package app.neodesk.chart;

import app.neodesk.base.ValidationException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the chart's price axes map prices to heights. */
public enum ScaleMode {
    /** Prices in their unit, evenly spaced. */
    LINEAR("linear", "Linear"),
    /** Prices in their unit on a logarithmic axis: equal moves in percent take equal heights. */
    LOG("log", "Log scale"),
    /** Every series as % change from its first visible point (0 %), all on one axis. */
    PERCENT("percent", "% change");

    private final String code;
    private final String label;

    ScaleMode(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static ScaleMode parse(String code) {
        var wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.code.equals(wanted)).findFirst()
                .orElseThrow(() -> new ValidationException("scale", "Unknown scale '" + abbreviate(code) + "'. Use one of: "
                        + Arrays.stream(values()).map(ScaleMode::code).collect(Collectors.joining(", "))));
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
