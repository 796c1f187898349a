package app.neodesk.chart.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * Fired when the user clicks a {@link ChartMarker} or a {@link ChartSpan}. The browser sends only
 * the id; look the annotation up on the server (and check the user may see it there).
 */
@DomEvent("marker-click")
public class MarkerClickEvent extends ComponentEvent<PriceChart> {

    private final String markerId;
    private final boolean span;

    public MarkerClickEvent(
            PriceChart source,
            boolean fromClient,
            @EventData("event.detail.id") String markerId,
            @EventData("event.detail.source === 'span'") boolean span) {
        super(source, fromClient);
        this.markerId = markerId;
        this.span = span;
    }

    /** The id of the clicked marker or span, as given in {@link ChartMarker#id()} / {@link ChartSpan#id()}. */
    public String getMarkerId() {
        return markerId;
    }

    /** Whether a span or vertical line was clicked rather than a marker. */
    public boolean isSpan() {
        return span;
    }
}
