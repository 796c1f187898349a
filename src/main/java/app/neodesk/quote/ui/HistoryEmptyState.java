package app.neodesk.quote.ui;

import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.Source;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the history shows instead of a blank grid when the filter matches nothing: which filters
 * matched nothing ("No quotes for Nd metal (nd-metal-cn) from Shanghai Metals Market between
 * 2026-01-01 and 2026-01-31.") and a button that clears them.
 */
class HistoryEmptyState extends Div {

    final Paragraph message = new Paragraph();
    final Button clear = new Button("Clear filters");

    HistoryEmptyState(Runnable clearFilters) {
        addClassName("history-empty");
        message.addClassName("history-empty-message");
        // Announced when it appears, so a screen-reader user hears why the table is gone.
        getElement().setAttribute("role", "status");
        clear.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        clear.addClickListener(e -> clearFilters.run());
        add(message, clear);
        setVisible(false);
    }

    /** Shows the message for these filters, or hides the empty state when {@code empty} is false. */
    void show(
            boolean empty,
            Collection<Product> products,
            @Nullable Source source,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {
        setVisible(empty);
        if (empty) {
            message.setText(message(products, source, from, to));
            clear.setVisible(!products.isEmpty() || source != null || from != null || to != null);
        }
    }

    /**
     * "No quotes for Nd metal (nd-metal-cn) or Nd oxide (nd-oxide-cn) from Shanghai Metals Market
     * between 2026-01-01 and 2026-01-31.", naming only the filters that are set.
     */
    static String message(
            Collection<Product> products, @Nullable Source source, @Nullable LocalDate from, @Nullable LocalDate to) {
        if (products.isEmpty() && source == null && from == null && to == null) {
            return "No quotes yet.";
        }
        var text = new StringBuilder("No quotes");
        if (!products.isEmpty()) {
            text.append(" for ")
                    .append(orList(products.stream()
                            .map(HistoryEmptyState::name)
                            .sorted()
                            .toList()));
        }
        if (source != null) {
            text.append(" from ").append(source.getName());
        }
        if (from != null && to != null) {
            text.append(from.equals(to) ? " on " + from : " between " + from + " and " + to);
        } else if (from != null) {
            text.append(" on or after ").append(from);
        } else if (to != null) {
            text.append(" on or before ").append(to);
        }
        return text.append('.').toString();
    }

    /** "Nd metal (nd-metal-cn)", or the code alone when the specification is incomplete. */
    static String name(Product product) {
        var element = product.getElement();
        var form = product.getForm();
        if (element == null || form == null) {
            return product.getCode();
        }
        var kind = form == MaterialForm.ALLOY && product.getFormDetail() != null
                ? product.getFormDetail() + " " + form.label()
                : form.label();
        return element.symbol() + " " + kind + " (" + product.getCode() + ")";
    }

    private static String orList(List<String> names) {
        if (names.size() == 1) {
            return names.getFirst();
        }
        var head = new ArrayList<>(names.subList(0, names.size() - 1));
        return String.join(", ", head) + " or " + names.getLast();
    }
}
