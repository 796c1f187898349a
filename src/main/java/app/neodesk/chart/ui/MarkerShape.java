package app.neodesk.chart.ui;

/**
 * Shape of a chart marker. Arrows suit bullish (up) and bearish (down) drivers; circle suits
 * neutral drivers; square suits specification changes such as a unit change.
 */
public enum MarkerShape {
    CIRCLE("circle"),
    ARROW_UP("arrowUp"),
    ARROW_DOWN("arrowDown"),
    SQUARE("square");

    private final String code;

    MarkerShape(String code) {
        this.code = code;
    }

    /** The lightweight-charts shape name used in the payload. */
    public String code() {
        return code;
    }
}
