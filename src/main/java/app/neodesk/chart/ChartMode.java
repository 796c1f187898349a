package app.neodesk.chart;

import app.neodesk.base.Codes;

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
        return Codes.parse(values(), ChartMode::code, "mode", "chart mode", code);
    }
}
