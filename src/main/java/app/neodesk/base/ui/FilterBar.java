package app.neodesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A view's filter fields. On wide screens they sit inline and wrap; on narrow screens (≤ 640 px,
 * a CSS media query in {@code filter-bar.css}, so resizing needs no server round trip) they fold
 * behind a "Filters" button that shows how many filters are set and opens them as a panel below
 * it. The button is a disclosure: {@code aria-expanded} and {@code aria-controls} name the panel,
 * which is a labelled group.
 */
@StyleSheet("filter-bar.css")
public class FilterBar extends Div {

    private static final AtomicInteger IDS = new AtomicInteger();

    private final Button toggle = new Button("Filters", VaadinIcon.FILTER.create());
    private final Span count = new Span();
    private final Div fields = new Div();
    private final List<HasValue<?, ?>> valued = new ArrayList<>();
    private boolean open;

    public FilterBar(Component... filters) {
        addClassName("filter-bar");
        var panelId = "filter-bar-fields-" + IDS.incrementAndGet();
        fields.setId(panelId);
        fields.addClassName("filter-bar-fields");
        fields.getElement().setAttribute("role", "group");
        fields.getElement().setAttribute("aria-label", "Filters");
        count.addClassName("filter-bar-count");
        count.getElement().setAttribute("aria-hidden", "true");
        toggle.addClassName("filter-bar-toggle");
        toggle.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        toggle.setSuffixComponent(count);
        toggle.getElement().setAttribute("aria-controls", panelId);
        toggle.addClickListener(e -> setOpen(!open));
        super.add(toggle, fields);
        add(filters);
        setOpen(false);
    }

    /** Adds filter fields after the ones already there. Fields with a value count towards the button's number. */
    @Override
    public void add(Component... filters) {
        for (var filter : filters) {
            fields.add(filter);
            if (filter instanceof HasValue<?, ?> field) {
                valued.add(field);
                field.addValueChangeListener(e -> updateCount());
            }
        }
        updateCount();
    }

    /** Opens or closes the panel on narrow screens; on wide screens the fields are always shown. */
    public void setOpen(boolean open) {
        this.open = open;
        getElement().setAttribute("open", open);
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
        if (open) {
            firstField().ifPresent(Focusable::focus);
        }
    }

    public boolean isOpen() {
        return open;
    }

    /** How many visible filter fields have a value. */
    public int activeCount() {
        return (int) valued.stream()
                .filter(f -> !f.isEmpty())
                .filter(f -> !(f instanceof Component c) || c.isVisible())
                .count();
    }

    /** The "Filters" button shown on narrow screens. */
    public Button getToggle() {
        return toggle;
    }

    private void updateCount() {
        int active = activeCount();
        count.setText(active == 0 ? "" : String.valueOf(active));
        count.setVisible(active > 0);
        toggle.getElement().setAttribute("aria-label", active == 0 ? "Filters" : "Filters, " + active + " set");
    }

    private Optional<Focusable<?>> firstField() {
        return fields.getChildren()
                .filter(Component::isVisible)
                .filter(c -> c instanceof Focusable<?>)
                .<Focusable<?>>map(c -> (Focusable<?>) c)
                .findFirst();
    }
}
