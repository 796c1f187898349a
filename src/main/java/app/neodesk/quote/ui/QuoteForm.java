package app.neodesk.quote.ui;

import app.neodesk.base.ui.FocusWhenShown;
import app.neodesk.base.ui.IsoDatePicker;
import app.neodesk.catalog.NameIndex;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.QuoteUnit;
import app.neodesk.catalog.Source;
import app.neodesk.quote.Quote;
import app.neodesk.quote.QuoteDraft;
import app.neodesk.quote.QuotePrices;
import app.neodesk.quote.QuoteRules;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The quote entry form, built for typing quotes in a row: product and source take a typed code or
 * alias on Tab ({@link NamePicker}), the date is typed without the calendar opening and starts at
 * the market's today (the injected clock is in the market's time zone), the prices show thousands
 * separators and their unit, and a mid follows (low + high) / 2 until the user types their own.
 * Shows the previous quote of the product and source and the resulting change while typing.
 */
public class QuoteForm extends Composite<FormLayout> {

    final NamePicker<Product> product;
    final NamePicker<Source> source;
    final IsoDatePicker date = new IsoDatePicker("Date").forTyping();
    final PriceField low = new PriceField("Low");
    final PriceField high = new PriceField("High");
    final PriceField mid = new PriceField("Mid");
    final TextField comment = new TextField("Comment");
    final QuotePreview preview;

    private final BeanValidationBinder<QuoteEntry> binder = new BeanValidationBinder<>(QuoteEntry.class);
    private final Clock clock;
    private final List<Binder.Binding<QuoteEntry, ?>> bindings;
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

        var productBinding = binder.forField(product).bind(QuoteEntry::getProduct, QuoteEntry::setProduct);
        var sourceBinding = binder.forField(source).bind(QuoteEntry::getSource, QuoteEntry::setSource);
        var dateBinding = binder.forField(date)
                .withValidator(rule(d -> QuoteRules.dateProblem(d, earliest, today())))
                .bind(QuoteEntry::getDate, QuoteEntry::setDate);
        var lowBinding = binder.forField(low)
                .withValidator(rule(v -> QuoteRules.priceProblem(v, "low", scale())))
                .bind(QuoteEntry::getLow, QuoteEntry::setLow);
        var highBinding = binder.forField(high)
                .withValidator(rule(v -> {
                    var p = QuoteRules.priceProblem(v, "high", scale());
                    return p != null ? p : QuoteRules.highProblem(low.getValue(), v);
                }))
                .bind(QuoteEntry::getHigh, QuoteEntry::setHigh);
        var midBinding = binder.forField(mid)
                .withValidator(rule(v -> {
                    var p = QuoteRules.priceProblem(v, "mid", scale());
                    return p != null ? p : QuoteRules.midProblem(low.getValue(), high.getValue(), v);
                }))
                .bind(QuoteEntry::getMid, QuoteEntry::setMid);
        var commentBinding = binder.forField(comment).bind(QuoteEntry::getComment, QuoteEntry::setComment);
        bindings = List.of(
                productBinding, sourceBinding, dateBinding, lowBinding, highBinding, midBinding, commentBinding);
        binder.setBean(new QuoteEntry());
        date.setValue(today()); // after setBean, which shows the empty bean's null date

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
        for (var b : bindings.subList(3, 6)) {
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
        if (!binder.validate().isOk()) {
            bindings.stream()
                    .map(Binder.Binding::getField)
                    .filter(f -> f instanceof HasValidation v && v.isInvalid())
                    .findFirst()
                    .ifPresent(f -> ((Focusable<?>) f).focus());
            return Optional.empty();
        }
        // The binder's validators require product, source, date, low and high.
        var e = binder.getBean();
        return Optional.of(new QuoteDraft(
                required(e.getProduct()).requireId(),
                required(e.getSource()).requireId(),
                required(e.getDate()),
                required(e.getLow()),
                required(e.getHigh()),
                e.getMid(),
                e.getComment(),
                false));
    }

    /** The labels of the fields with a problem, in form order, e.g. ["Low", "High"]; empty when all are valid. */
    public List<String> problems() {
        return bindings.stream()
                .map(Binder.Binding::getField)
                .filter(f -> f instanceof HasValidation v && v.isInvalid())
                .map(f -> ((Component) f).getElement().getProperty("label", ""))
                .toList();
    }

    /** Shows a server-side problem on its field. */
    public void showError(String field, String message) {
        HasValidation target = switch (field) {
            case QuoteRules.FIELD_LOW -> low;
            case QuoteRules.FIELD_HIGH -> high;
            case QuoteRules.FIELD_MID -> mid;
            case "comment" -> comment;
            default -> date;
        };
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    /** Ready for the next quote: keeps source and date, clears product and prices, focuses the product. */
    public void readyForNext() {
        preview.forget();
        midTyped = false;
        settingMid = true;
        product.clear();
        low.clear();
        high.clear();
        mid.clear();
        comment.clear();
        settingMid = false;
        for (var f : List.<HasValidation>of(product, low, high, mid, comment)) {
            f.setInvalid(false);
        }
        updatePreview();
        focus();
    }

    /** Focuses the product, also right after the page loads. */
    public void focus() {
        FocusWhenShown.focus(product);
    }

    private static <T> T required(@Nullable T value) {
        return Objects.requireNonNull(value, "a required field passed the binder's validation empty");
    }
}
