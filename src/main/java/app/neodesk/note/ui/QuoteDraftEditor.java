package app.neodesk.note.ui;

import app.neodesk.base.ui.IsoDatePicker;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.Source;
import app.neodesk.note.NoteQuoteDraft;
import app.neodesk.quote.PriceFormat;
import app.neodesk.quote.ui.PriceField;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One quote draft of a note: include, product, source, date, low, high and mid in the product's
 * unit, what the note states as change, the cross-check, and whether it is new or corrects a
 * stored quote. Picking another product, source or date drafts it again from the note's numbers.
 */
class QuoteDraftEditor extends Div {

    /** Drafts the note's numbers again for another product, source or date. */
    interface Redraft {
        NoteQuoteDraft apply(
                NoteQuoteDraft draft, @Nullable Long productId, @Nullable Long sourceId, @Nullable LocalDate date);
    }

    final Checkbox include = new Checkbox("Save this quote");
    final ComboBox<Product> product = new ComboBox<>("Product");
    final ComboBox<Source> source = new ComboBox<>("Source");
    final IsoDatePicker date = new IsoDatePicker("Date");
    final PriceField low = new PriceField("Low");
    final PriceField high = new PriceField("High");
    final PriceField mid = new PriceField("Mid (average)");
    final Checkbox confirmUnusual = new Checkbox("Confirm a large move or unusual scale");
    final Span status = new Span();
    final Span stated = new Span();
    final Span crossCheck = new Span();
    final Div problems = new Div();
    private final Redraft redraft;
    private final Runnable changed;
    private NoteQuoteDraft draft;
    private boolean filling;

    QuoteDraftEditor(
            NoteQuoteDraft draft, List<Product> products, List<Source> sources, Redraft redraft, Runnable changed) {
        this.draft = draft;
        this.redraft = redraft;
        this.changed = changed;
        addClassName("note-quote-draft");
        product.setItems(products);
        product.setItemLabelGenerator(p -> p.getCode() + " · " + p.getDisplayName());
        source.setItems(sources);
        source.setItemLabelGenerator(Source::getLabel);
        product.addValueChangeListener(e -> again());
        source.addValueChangeListener(e -> again());
        date.addValueChangeListener(e -> again());
        include.addValueChangeListener(e -> changed.run());
        status.addClassName("note-draft-status");
        crossCheck.addClassName("note-cross-check");
        problems.addClassName("note-problems");
        var form = new FormLayout(product, source, date, low, high, mid);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 3));
        add(new Div(include, status), form, new Div(stated), new Div(crossCheck), problems, confirmUnusual);
        fill(draft);
    }

    private void again() {
        if (filling) {
            return;
        }
        var p = product.getValue();
        var s = source.getValue();
        fill(redraft.apply(draft, p == null ? null : p.getId(), s == null ? null : s.getId(), date.getValue()));
        changed.run();
    }

    private void fill(NoteQuoteDraft d) {
        filling = true;
        try {
            draft = d;
            product.setValue(d.product());
            source.setValue(d.source());
            date.setValue(d.date());
            var unit = d.product() == null ? "" : " (" + d.product().getPriceUnitLabel() + ")";
            low.setLabel("Low" + unit);
            high.setLabel("High" + unit);
            mid.setLabel("Mid (average)" + unit);
            low.setValue(d.low());
            high.setValue(d.high());
            mid.setValue(d.mid());
            include.setValue(d.include());
            status.setText(
                    d.identical()
                            ? "Stored already with these prices: nothing to save"
                            : d.isCorrection() ? "Corrects the stored quote of this day" : "New quote");
            stated.setText("The note says: " + d.mention().name() + ", change " + change(d));
            crossCheck.setText(d.crossCheck().isEmpty() ? "" : "Cross-check: " + d.crossCheck());
            problems.removeAll();
            d.problems().forEach(p -> problems.add(new Div(p)));
        } finally {
            filling = false;
        }
    }

    private static String change(NoteQuoteDraft d) {
        int scale = d.product() == null ? 4 : d.product().getPriceScale();
        var amount = d.statedChange() == null
                ? "not stated"
                : (d.statedChange().signum() > 0 ? "+" : "") + PriceFormat.price(d.statedChange(), scale);
        var percent = d.statedPercent() == null
                ? ""
                : " (" + (d.statedPercent().signum() > 0 ? "+" : "")
                        + d.statedPercent().toPlainString() + "%)";
        return amount + percent;
    }

    boolean included() {
        return include.getValue();
    }

    String label() {
        return draft.label();
    }

    /** The draft as reviewed, or empty (with the field marked) while a price reads as no number. */
    Optional<NoteQuoteDraft> value() {
        for (var field : List.of(low, high, mid)) {
            if (field.textProblem() != null) {
                field.setInvalid(true);
                field.setErrorMessage(field.textProblem());
                return Optional.empty();
            }
        }
        BigDecimal l = low.getValue();
        BigDecimal h = high.getValue();
        BigDecimal m = mid.getValue();
        return Optional.of(draft.withPrices(l, h, m)
                .withInclude(include.getValue())
                .withConfirmedUnusual(confirmUnusual.getValue()));
    }
}
