package app.neodesk.quote.ui;

import app.neodesk.base.ui.Editing;
import app.neodesk.base.ui.FocusWhenShown;
import app.neodesk.base.ui.IsoDatePicker;
import app.neodesk.base.ui.RecordForm;
import app.neodesk.catalog.NameIndex;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.QuoteUnit;
import app.neodesk.catalog.Source;
import app.neodesk.quote.Quote;
import app.neodesk.quote.QuoteDraft;
import app.neodesk.quote.QuotePrices;
import app.neodesk.quote.QuoteRules;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.dom.Element;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The quote entry form, built for typing quotes in a row: product and source take a typed code or
 * alias on Tab ({@link NamePicker}), the date is typed without the calendar opening and starts at
 * the market's today (the injected clock is in the market's time zone), the prices show thousands
 * separators and their unit, and a mid follows (low + high) / 2 until the user types their own.
 * Shows the previous quote of the product and source and the resulting change while typing.
 *
 * <p>Bound to {@link QuoteEntryValues} like every form ({@link RecordForm}); an entry is always new
 * ({@link Editing#create}). The form stays open for the next quote: {@link #readyForNext} reads a
 * new entry with the saved one's source and date, and {@link #draft} is {@link #writeIfValid} that
 * also focuses the first field with a problem and gives the service its {@link QuoteDraft}.
 */
public class QuoteForm extends RecordForm<QuoteEntryValues> {

    final NamePicker<Product> product;
    final NamePicker<Source> source;
    final IsoDatePicker date = new IsoDatePicker("Date").forTyping();
    final PriceField low = new PriceField("Low");
    final PriceField high = new PriceField("High");
    final PriceField mid = new PriceField("Mid");
    final TextField comment = new TextField("Comment");
    final QuotePreview preview;

    private final Clock clock;
    /** The bound fields in form order: the first with a problem takes the focus, {@link #problems} names them. */
    private final List<Component> fields;

    private final List<Binder.Binding<QuoteEntryValues, ?>> priceBindings;
    private boolean midTyped;
    private boolean settingMid;

    /**
     * @param clock    the market's clock: its zone decides "today"
     * @param earliest the earliest quote date the desk accepts
     */
    public QuoteForm(
            List<Product> products,
            NameIndex<Product> productNames,
            List<Source> sources,
            NameIndex<Source> sourceNames,
            Clock clock,
            LocalDate earliest,
            QuotePreview.PreviousLookup lookup) {
        super(QuoteEntryValues.class);
        this.clock = clock;
        product = new NamePicker<>(
                "Product", "product", products, p -> p.getCode() + " · " + p.getDisplayName(), productNames);
        source = new NamePicker<>("Source", "source", sources, Source::getLabel, sourceNames);
        preview = new QuotePreview(lookup);
        product.setRequiredIndicatorVisible(true);
        product.setWidthFull();
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
        comment.setMaxLength(Quote.COMMENT_MAX_LENGTH);

        binder.forField(product).bind("product");
        binder.forField(source).bind("source");
        binder.forField(date)
                .withValidator(rule(d -> QuoteRules.dateProblem(d, earliest, today())))
                .bind(QuoteRules.FIELD_DATE);
        var lowBinding = binder.forField(low)
                .withValidator(rule(v -> QuoteRules.priceProblem(v, "low", scale())))
                .bind(QuoteRules.FIELD_LOW);
        var highBinding = binder.forField(high)
                .withValidator(rule(v -> {
                    var p = QuoteRules.priceProblem(v, "high", scale());
                    return p != null ? p : QuoteRules.highProblem(low.getValue(), v);
                }))
                .bind(QuoteRules.FIELD_HIGH);
        var midBinding = binder.forField(mid)
                .withValidator(rule(v -> {
                    var p = QuoteRules.priceProblem(v, "mid", scale());
                    return p != null ? p : QuoteRules.midProblem(low.getValue(), high.getValue(), v);
                }))
                .bind(QuoteRules.FIELD_MID);
        // An empty comment is none.
        binder.forField(comment).withNullRepresentation("").bind("comment");
        priceBindings = List.of(lowBinding, highBinding, midBinding);
        fields = List.of(product, source, date, low, high, mid, comment);

        product.addValueChangeListener(e -> {
            var p = e.getValue();
            var unit = p == null ? null : QuoteUnit.of(p).label();
            List.of(low, high, mid).forEach(f -> f.setUnit(unit));
            // Decided once the whole round trip is read: the Tab that took the product may also have
            // moved into the source, where the user is now typing.
            getElement().getNode().runWhenAttached(ui -> ui.beforeClientResponse(source, ctx -> mainSource(sources)));
            revalidatePrices();
            updatePreview();
        });
        source.addValueChangeListener(e -> updatePreview());
        source.addBlurListener(e -> mainSource(sources));
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
        layout.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("32em", 2),
                new FormLayout.ResponsiveStep("60em", 3));
        edit(Editing.create(QuoteEntryValues.on(today())));
    }

    /** An empty source the user is not in gets the product's main source. */
    private void mainSource(List<Source> sources) {
        var p = product.getValue();
        var main = p == null ? null : p.getMainSource();
        if (main != null && source.isEmpty() && !source.hasFocus()) {
            sources.stream()
                    .filter(s -> s.requireId() == main.requireId())
                    .findFirst()
                    .ifPresent(source::setValue);
        }
    }

    /** A binder validator from one of the {@link QuoteRules} checks (null: no problem). */
    static <V> Validator<V> rule(Function<V, @Nullable String> check) {
        return (value, ctx) -> {
            var problem = check.apply(value);
            return problem == null ? ValidationResult.ok() : ValidationResult.error(problem);
        };
    }

    /** The market's today: the injected clock is in the market's time zone. */
    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private int scale() {
        var p = product.getValue();
        return p == null ? Product.MAX_PRICE_SCALE : p.getPriceScale();
    }

    private void pricesChanged() {
        if (!midTyped) {
            settingMid = true;
            if (low.getValue() != null && high.getValue() != null) {
                mid.setValue(QuotePrices.defaultMid(low.getValue(), high.getValue(), scale()));
            } else {
                mid.clear();
            }
            settingMid = false;
        }
        revalidatePrices();
        updatePreview();
    }

    private void revalidatePrices() {
        for (var b : priceBindings) {
            if (!b.getField().isEmpty()) {
                b.validate();
            }
        }
    }

    /** The change against the previous quote, as the user types. */
    void updatePreview() {
        preview.show(product.getValue(), source.getValue(), date.getValue(), mid.getValue());
    }

    /**
     * The draft if every field is valid, else empty with the field errors shown and the first
     * field with a problem focused; nothing is cleared.
     */
    public Optional<QuoteDraft> draft() {
        var entry = writeIfValid();
        if (entry.isEmpty()) {
            fields.stream().filter(QuoteForm::invalid).findFirst().ifPresent(f -> ((Focusable<?>) f).focus());
        }
        return entry.map(e -> e.values().draft());
    }

    /** The labels of the fields with a problem, in form order, e.g. ["Low", "High"]; empty when all are valid. */
    public List<String> problems() {
        return fields.stream()
                .filter(QuoteForm::invalid)
                .map(f -> f.getElement().getProperty("label", ""))
                .toList();
    }

    private static boolean invalid(Component field) {
        return field instanceof HasValidation v && v.isInvalid();
    }

    /**
     * Ready for the next quote: keeps source and date, clears product, prices and comment and their
     * error marks, focuses the product.
     */
    public void readyForNext() {
        preview.forget();
        edit(Editing.create(QuoteEntryValues.next(source.getValue(), date.getValue())));
    }

    @Override
    protected void beforeRead(Editing<QuoteEntryValues> value) {
        midTyped = false; // the next mid follows (low + high) / 2 again
    }

    @Override
    protected void afterRead(Editing<QuoteEntryValues> value) {
        updatePreview();
    }

    /** The product, focused also right after the page loads, when it is not shown yet ({@link FocusWhenShown}). */
    @Override
    protected Focusable<?> firstField(Editing<QuoteEntryValues> value) {
        return new Focusable<Component>() {
            @Override
            public Element getElement() {
                return product.getElement();
            }

            @Override
            public void focus() {
                FocusWhenShown.focus(product);
            }
        };
    }
}
