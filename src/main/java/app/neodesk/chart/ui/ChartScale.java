package app.neodesk.chart.ui;

import java.util.Objects;

/**
 * The price scale a series is drawn against. Series on different scales are drawn "absolute on
 * separate scales": each scale fits its own series, so products in different units (CNY/t next to
 * USD/kg) can share one chart.
 *
 * <p>{@link #RIGHT} and {@link #LEFT} have a visible axis. {@link #pane(int)} ids ("pane-1") put the
 * series into a separate pane below the main one, with its own right axis. Any other id is an
 * overlay scale: it fits its series to the full height but shows no axis (the tooltip still shows
 * exact values).
 *
 * @param id the lightweight-charts price scale id
 */
public record ChartScale(String id) {

    public static final ChartScale RIGHT = new ChartScale("right");
    public static final ChartScale LEFT = new ChartScale("left");

    public ChartScale {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("scale id must not be blank");
        }
    }

    /** The right axis of pane {@code index} (1 = the first pane below the main one). */
    public static ChartScale pane(int index) {
        if (index < 1) {
            throw new IllegalArgumentException("pane index must be 1 or more, not " + index);
        }
        return new ChartScale("pane-" + index);
    }

    /** An overlay scale without a visible axis; series with the same id share it. */
    public static ChartScale overlay(String id) {
        return new ChartScale(id);
    }
}
