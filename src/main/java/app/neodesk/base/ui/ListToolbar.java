package app.neodesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/**
 * The bar above a list: a heading, a search box that filters while the user types (lazily, not
 * on every key), optional further filters, and an optional primary action such as "New".
 */
public class ListToolbar extends HorizontalLayout {

    private final TextField search = new TextField();
    private final Div spacer = new Div();

    public ListToolbar(String title, String searchHint, Consumer<String> onSearch) {
        addClassName("view-toolbar");
        setWidthFull();
        search.setPlaceholder(searchHint);
        search.setAriaLabel(searchHint);
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> onSearch.accept(e.getValue()));
        add(Headings.viewTitle(title), search, spacer);
        setFlexGrow(1, spacer);
    }

    /** Adds filter fields after the search box. */
    public void addFilters(Component... filters) {
        for (var filter : filters) {
            addComponentAtIndex(indexOf(spacer), filter);
        }
    }

    /** Adds the view's primary action at the end, e.g. "New product". */
    public Button addPrimaryAction(String text, Runnable action) {
        var button = new Button(text, VaadinIcon.PLUS.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(button);
        return button;
    }

    public TextField getSearchField() {
        return search;
    }
}
