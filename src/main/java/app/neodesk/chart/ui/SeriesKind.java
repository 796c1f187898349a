package app.neodesk.chart.ui;

/** How a chart series is drawn. */
public enum SeriesKind {
    /** A line through the mids. */
    LINE("line"),
    /** A line through the mids over a shaded band from low to high. Every point needs low and high. */
    BAND("band");

    private final String code;

    SeriesKind(String code) {
        this.code = code;
    }

    /** The value of {@code kind} in the payload. */
    public String code() {
        return code;
    }
}
