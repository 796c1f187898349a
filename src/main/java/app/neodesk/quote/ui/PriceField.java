package app.neodesk.quote.ui;

import app.neodesk.quote.PriceText;
import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValidationStatusChangeEvent;
import com.vaadin.flow.data.binder.ValidationStatusChangeListener;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A price typed as text and read on the server ({@link PriceText}): "1085000", "1,085,000" and
 * "118.50" are numbers; "1e3", "abc" or "1,0,0" are refused with a clear message instead of being
 * turned into another number by the browser, as a number field would. In the page it is a plain
 * {@code vaadin-text-field}, so Tab, Enter and typing work as in any field.
 *
 * <p>A Binder picks the text problem up by itself ({@link HasValidator}); without one, ask
 * {@link #textProblem()}.
 */
public class PriceField extends AbstractCompositeField<TextField, PriceField, @Nullable BigDecimal>
        implements HasValidation,
                HasValidator<@Nullable BigDecimal>,
                HasLabel,
                HasHelper,
                HasStyle,
                HasSize,
                Focusable<PriceField> {

    /**
     * Thousands separators while typing: digits typed ({@code insertText}) or deleted
     * ({@code deleteContent*}) in a number whose commas all came from this script or from the server
     * regroup it before the field reads it, keeping the caret after the same digit. Once a comma
     * arrives any other way (typed, pasted, dropped, filled in), the field is the user's: nothing is
     * regrouped until no comma is left (e.g. the field is emptied) or the server sets the value. So
     * "1,00", "118,5000" or a pasted "118,50" stay exactly as entered, for the server to refuse: a
     * decimal comma must never silently become a hundredfold or 10,000-fold price. Pasted or
     * otherwise inserted text is never regrouped.
     */
    private static final String GROUP_WHILE_TYPING = """
            if (!this.__neodeskGrouping) {
              this.__neodeskGrouping = true;
              const grouped = t => /^-?([0-9]*|[0-9]{1,3}(,[0-9]{3})+)(\\.[0-9]*)?$/.test(t);
              this.addEventListener('beforeinput', e => {
                if (e.target instanceof HTMLInputElement) { e.target.__neodeskBefore = e.target.value; }
              }, true);
              this.addEventListener('input', e => {
                const input = e.target;
                if (!(input instanceof HTMLInputElement)) { return; }
                const text = input.value;
                const before = input.__neodeskBefore;
                input.__neodeskBefore = undefined;
                if (before !== undefined && before !== input.__neodeskLast) {
                  // Set since the last edit by the server, whose commas are always well placed.
                  input.__neodeskUsersCommas = before.includes(',') && !grouped(before);
                }
                input.__neodeskLast = text;
                const type = e.inputType || '';
                const typing = type === 'insertText' || type.startsWith('deleteContent');
                // A comma typed, pasted, dropped or filled in (or an insertion whose text is unknown) is the user's.
                if (!text.includes(',')) {
                  input.__neodeskUsersCommas = false;
                } else if ((typing ? e.data || '' : e.data ?? e.dataTransfer?.getData('text/plain') ?? ',').includes(',')) {
                  input.__neodeskUsersCommas = true;
                }
                if (input.__neodeskUsersCommas || !typing || !/^-?[0-9,]*(\\.[0-9]*)?$/.test(text)) { return; }
                const dot = text.indexOf('.');
                const whole = (dot < 0 ? text : text.slice(0, dot)).replace(/[-,]/g, '');
                const regrouped = (text.startsWith('-') ? '-' : '') + whole.replace(/\\B(?=([0-9]{3})+(?![0-9]))/g, ',')
                    + (dot < 0 ? '' : text.slice(dot));
                if (regrouped === text) { return; }
                const caret = input.selectionStart ?? text.length;
                const kept = text.slice(0, caret).replace(/,/g, '').length;
                let pos = 0;
                for (let seen = 0; pos < regrouped.length && seen < kept; pos++) {
                  if (regrouped[pos] !== ',') { seen++; }
                }
                input.value = regrouped;
                input.__neodeskLast = regrouped;
                input.setSelectionRange(pos, pos);
              }, true);
            }""";

    private final List<ValidationStatusChangeListener<@Nullable BigDecimal>> statusListeners = new ArrayList<>();
    private final Span unit = new Span();
    private @Nullable String textProblem;

    public PriceField(String label) {
        super(null);
        var input = getContent();
        input.setLabel(label);
        input.setMaxLength(PriceText.MAX_LENGTH);
        input.setValueChangeMode(ValueChangeMode.EAGER);
        // The field's rules are ours (text, then the quote rules); the text field must not judge on its own.
        input.setManualValidation(true);
        input.setAutoselect(true);
        unit.addClassName("price-unit");
        input.setSuffixComponent(unit);
        input.addAttachListener(e -> input.getElement().executeJs(GROUP_WHILE_TYPING));
        input.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                typed(e.getValue());
            }
        });
    }

    private void typed(String text) {
        var parsed = PriceText.parse(text);
        textProblem = parsed.problem();
        setModelValue(parsed.value(), true);
        // Also when the value stays null (e.g. "abc" after "ab"), so the Binder checks the text again.
        var event = new ValidationStatusChangeEvent<@Nullable BigDecimal>(this, textProblem == null);
        List.copyOf(statusListeners).forEach(l -> l.validationStatusChanged(event));
    }

    /** The problem with what was typed ({@link PriceText#NOT_A_NUMBER}), or {@code null} if it reads as a number. */
    public @Nullable String textProblem() {
        return textProblem;
    }

    /** Shows the unit the price is in (e.g. "CNY/t") beside it; {@code null} or blank shows none. */
    public void setUnit(@Nullable String unitLabel) {
        unit.setText(unitLabel == null ? "" : unitLabel);
    }

    /** The unit shown beside the price, or "" if none. */
    public String getUnit() {
        return unit.getText();
    }

    /** The typed text, as it stands. */
    String text() {
        return getContent().getValue();
    }

    /** The text field in the page (for tests that type into it). */
    TextField input() {
        return getContent();
    }

    @Override
    public void setValue(@Nullable BigDecimal value) {
        super.setValue(value);
        // Also when the value did not change: a value set from code replaces a bad text.
        textProblem = null;
        getContent().setValue(PriceText.format(value));
    }

    @Override
    protected void setPresentationValue(@Nullable BigDecimal value) {
        textProblem = null;
        getContent().setValue(PriceText.format(value));
    }

    /** Empty only when nothing is typed: a bad text is input, not an empty field. */
    @Override
    public boolean isEmpty() {
        return getValue() == null && getContent().getValue().isBlank();
    }

    @Override
    public Validator<@Nullable BigDecimal> getDefaultValidator() {
        return (value, context) -> textProblem == null ? ValidationResult.ok() : ValidationResult.error(textProblem);
    }

    @Override
    public Registration addValidationStatusChangeListener(
            ValidationStatusChangeListener<@Nullable BigDecimal> listener) {
        statusListeners.add(listener);
        return () -> statusListeners.remove(listener);
    }

    public void setValueChangeMode(ValueChangeMode mode) {
        getContent().setValueChangeMode(mode);
    }

    @Override
    public void setRequiredIndicatorVisible(boolean visible) {
        getContent().setRequiredIndicatorVisible(visible);
    }

    @Override
    public boolean isRequiredIndicatorVisible() {
        return getContent().isRequiredIndicatorVisible();
    }

    @Override
    public void setErrorMessage(@Nullable String errorMessage) {
        getContent().setErrorMessage(errorMessage);
    }

    @Override
    public @Nullable String getErrorMessage() {
        return getContent().getErrorMessage();
    }

    @Override
    public void setInvalid(boolean invalid) {
        getContent().setInvalid(invalid);
    }

    @Override
    public boolean isInvalid() {
        return getContent().isInvalid();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        getContent().setReadOnly(readOnly);
    }
}
