package app.neodesk.quote.ui;

import app.neodesk.base.ui.IsoDatePicker;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.Source;
import app.neodesk.quote.PriceChange;
import app.neodesk.quote.PriceFormat;
import app.neodesk.quote.QuoteDraft;
import app.neodesk.quote.QuotePrices;
import app.neodesk.quote.QuoteRow;
import app.neodesk.quote.QuoteRules;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The quote entry form: product and source (searchable by code and name), date (today by default,
 * no future), low, high, and a mid that follows (low + high) / 2 until the user types their own.
 * Shows the previous quote of the product and source and the resulting change while typing.
 */
public class QuoteForm extends Composite<FormLayout> {

    /** The form bean. */
    public static final class Entry {
        @NotNull(message = "Choose a product")
        private @Nullable Product product;
        @NotNull(message = "Choose a source")
        private @Nullable Source source;
        @NotNull(message = "Enter the date")
        private @Nullable LocalDate date;
        private @Nullable BigDecimal low;
        private @Nullable BigDecimal high;
        private @Nullable BigDecimal mid;
        @Size(max = app.neodesk.quote.Quote.COMMENT_MAX_LENGTH, message = "At most 500 characters")
        private @Nullable String comment;

        public @Nullable Product getProduct() { return product; }
        public void setProduct(@Nullable Product product) { this.product = product; }
        public @Nullable Source getSource() { return source; }
        public void setSource(@Nullable Source source) { this.source = source; }
        public @Nullable LocalDate getDate() { return date; }
        public void setDate(@Nullable LocalDate date) { this.date = date; }
        public @Nullable BigDecimal getLow() { return low; }
        public void setLow(@Nullable BigDecimal low) { this.low = low; }
        public @Nullable BigDecimal getHigh() { return high; }
        public void setHigh(@Nullable BigDecimal high) { this.high = high; }
        public @Nullable BigDecimal getMid() { return mid; }
        public void setMid(@Nullable BigDecimal mid) { this.mid = mid; }
        public @Nullable String getComment() { return comment; }
        public void setComment(@Nullable String comment) { this.comment = comment; }
    }

    /** Looks up the previous quote for the preview: (productId, sourceId, date). */
    @FunctionalInterface
    public interface PreviousLookup {
        Optional<QuoteRow> previous(long productId, long sourceId, LocalDate date);
    }

    final ComboBox<Product> product = new ComboBox<>("Product");
    final ComboBox<Source> source = new ComboBox<>("Source");
    final DatePicker date = new IsoDatePicker("Date");
    final PriceField low = new PriceField("Low");
    final PriceField high = new PriceField("High");
    final PriceField mid = new PriceField("Mid");
    final TextField comment = new TextField("Comment");
    final Span preview = new Span();

    private final BeanValidationBinder<Entry> binder = new BeanValidationBinder<>(Entry.class);
    private final Clock clock;
    private final LocalDate earliest;
    private final PreviousLookup lookup;
    private final Binder.Binding<Entry, BigDecimal> lowBinding;
    private final Binder.Binding<Entry, BigDecimal> highBinding;
    private final Binder.Binding<Entry, BigDecimal> midBinding;
    private boolean midTyped;
    private @Nullable String previousKey;
    private Optional<QuoteRow> previousValue = Optional.empty();
    private boolean settingMid;

    /**
     * @param earliest the earliest quote date the desk accepts
     */
    public QuoteForm(List<Product> products, List<Source> sources, Clock clock, LocalDate earliest,
                     PreviousLookup lookup) {
        this.clock = clock;
        this.earliest = earliest;
        this.lookup = lookup;
        product.setItems(products);
        product.setItemLabelGenerator(p -> p.getCode() + " · " + p.getDisplayName());
        product.setRequiredIndicatorVisible(true);
        product.setWidthFull();
        source.setItems(sources);
        source.setItemLabelGenerator(Source::getLabel);
        source.setRequiredIndicatorVisible(true);
        date.setMin(earliest);
        var i18n = date.getI18n();
        i18n.setMinErrorMessage(QuoteRules.beforeEarliest(earliest));
        i18n.setBadInputErrorMessage("Enter a date like " + today());
        date.setI18n(i18n);
        date.setRequiredIndicatorVisible(true);
        for (var f : List.of(low, high, mid)) {
            f.addClassName("num");
            f.setRequiredIndicatorVisible(true);
        }
        mid.setHelperText("(low + high) / 2 unless the source publishes its own");
        comment.setMaxLength(app.neodesk.quote.Quote.COMMENT_MAX_LENGTH);
        preview.addClassName("quote-preview");

        binder.forField(product).bind(Entry::getProduct, Entry::setProduct);
        binder.forField(source).bind(Entry::getSource, Entry::setSource);
        binder.forField(date).withValidator(rule(d -> QuoteRules.dateProblem(d, earliest, today())))
                .bind(Entry::getDate, Entry::setDate);
        lowBinding = binder.forField(low).withValidator(rule(v -> QuoteRules.priceProblem(v, "low", scale())))
                .bind(Entry::getLow, Entry::setLow);
        highBinding = binder.forField(high).withValidator(rule(v -> {
            var p = QuoteRules.priceProblem(v, "high", scale());
            return p != null ? p : QuoteRules.highProblem(low.getValue(), v);
        })).bind(Entry::getHigh, Entry::setHigh);
        midBinding = binder.forField(mid).withValidator(rule(v -> {
            var p = QuoteRules.priceProblem(v, "mid", scale());
            return p != null ? p : QuoteRules.midProblem(low.getValue(), high.getValue(), v);
        })).bind(Entry::getMid, Entry::setMid);
        binder.forField(comment).bind(Entry::getComment, Entry::setComment);
        binder.setBean(new Entry());
        date.setValue(today()); // after setBean, which shows the empty bean's null date

        product.addValueChangeListener(e -> {
            var p = e.getValue();
            if (p != null && source.isEmpty() && p.getMainSource() != null) {
                sources.stream().filter(s -> s.getId().equals(p.getMainSource().getId())).findFirst()
                        .ifPresent(source::setValue);
            }
            revalidatePrices();
            updatePreview();
        });
        source.addValueChangeListener(e -> updatePreview());
        date.addValueChangeListener(e -> updatePreview());
        low.addValueChangeListener(e -> pricesChanged());
        high.addValueChangeListener(e -> pricesChanged());
        mid.addValueChangeListener(e -> {
            if (!settingMid && e.isFromClient()) {
                midTyped = e.getValue() != null;
            }
            updatePreview();
        });

        var layout = getContent();
        layout.add(product, 2);
        layout.add(source, date, low, high, mid, comment);
        layout.add(preview, 2);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2),
                new FormLayout.ResponsiveStep("60em", 3));
    }

    private static <V> Validator<V> rule(Function<V, @Nullable String> check) {
        return (value, ctx) -> {
            var problem = check.apply(value);
            return problem == null ? ValidationResult.ok() : ValidationResult.error(problem);
        };
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private int scale() {
        var p = product.getValue();
        return p == null ? app.neodesk.catalog.Product.MAX_PRICE_SCALE : p.getPriceScale();
    }

    private void pricesChanged() {
        if (!midTyped && low.getValue() != null && high.getValue() != null) {
            settingMid = true;
            mid.setValue(QuotePrices.defaultMid(low.getValue(), high.getValue(), scale()));
            settingMid = false;
        } else if (!midTyped) {
            settingMid = true;
            mid.clear();
            settingMid = false;
        }
        revalidatePrices();
        updatePreview();
    }

    private void revalidatePrices() {
        for (var b : List.of(lowBinding, highBinding, midBinding)) {
            if (!b.getField().isEmpty()) {
                b.validate();
            }
        }
    }

    /** The previous quote of the series, looked up once per product, source and date, not per keystroke. */
    private Optional<QuoteRow> previous(long productId, long sourceId, LocalDate date) {
        var key = productId + "/" + sourceId + "/" + date;
        if (!key.equals(previousKey)) {
            previousValue = lookup.previous(productId, sourceId, date);
            previousKey = key;
        }
        return previousValue;
    }

    /** The change against the previous quote, as the user types. */
    void updatePreview() {
        var p = product.getValue();
        var s = source.getValue();
        var d = date.getValue();
        if (p == null || s == null || d == null) {
            preview.setText("");
            return;
        }
        var previous = previous(p.getId(), s.getId(), d);
        if (previous.isEmpty()) {
            preview.setText("No earlier quote of " + p.getCode() + " from " + s.getCode() + ": the change will be empty.");
            preview.setClassName("quote-preview");
            return;
        }
        var prev = previous.get();
        var text = "Previous: " + prev.date() + " mid " + PriceFormat.price(prev.mid(), p.getPriceScale());
        var m = mid.getValue();
        if (m != null && m.signum() > 0) {
            var change = PriceChange.of(m, prev.mid());
            text += " → change " + PriceFormat.changeAmount(change, p.getPriceScale()) + " ("
                    + PriceFormat.changePercent(change) + ")";
            preview.setClassName("quote-preview " + PriceFormat.cssClass(change));
        } else {
            preview.setClassName("quote-preview");
        }
        preview.setText(text);
    }

    /** The draft if every field is valid, else empty with the field errors shown. */
    public Optional<QuoteDraft> draft() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        var e = binder.getBean();
        return Optional.of(new QuoteDraft(e.getProduct().getId(), e.getSource().getId(), e.getDate(), e.getLow(),
                e.getHigh(), e.getMid(), e.getComment(), false));
    }

    /** Shows a server-side problem on its field. */
    public void showError(String field, String message) {
        var target = switch (field) {
            case QuoteRules.FIELD_LOW -> low;
            case QuoteRules.FIELD_HIGH -> high;
            case QuoteRules.FIELD_MID -> mid;
            case "comment" -> (com.vaadin.flow.component.HasValidation) comment;
            default -> date;
        };
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    /** Ready for the next quote: keeps source and date, clears product and prices, focuses the product. */
    public void readyForNext() {
        previousKey = null; // the quote just saved may be the next one's previous
        midTyped = false;
        settingMid = true;
        product.clear();
        low.clear();
        high.clear();
        mid.clear();
        comment.clear();
        settingMid = false;
        product.setInvalid(false);
        low.setInvalid(false);
        high.setInvalid(false);
        mid.setInvalid(false);
        updatePreview();
        product.focus();
    }

    public void focus() {
        product.focus();
    }

    Supplier<Entry> bean() {
        return binder::getBean;
    }
}
