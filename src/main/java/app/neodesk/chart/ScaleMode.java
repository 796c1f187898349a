package app.neodesk.chart;

import app.neodesk.base.Codes;

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
        return Codes.parse(values(), ScaleMode::code, "scale", "scale", code);
    }
}
