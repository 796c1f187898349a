package app.neodesk.chart.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import java.time.LocalDate;

/**
 * Fired (debounced in the browser) after the visible date range changed, by scrolling, zooming or
 * {@link PriceChart#setVisibleRange}. Dates are the first and last quote dates in view.
 */
@DomEvent("visible-range-change")
public class VisibleRangeChangeEvent extends ComponentEvent<PriceChart> {

    private final LocalDate from;
    private final LocalDate to;

    public VisibleRangeChangeEvent(
            PriceChart source,
            boolean fromClient,
            @EventData("event.detail.from") int fromDay,
            @EventData("event.detail.to") int toDay) {
        super(source, fromClient);
        this.from = LocalDate.ofEpochDay(fromDay);
        this.to = LocalDate.ofEpochDay(toDay);
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }
}
