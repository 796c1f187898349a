package app.neodesk.base.ui;

import app.neodesk.base.ValidationException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.Binder;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What every form that {@link EditorDialog} shows has in common: a two-column {@link FormLayout}, a
 * {@link Binder} whose JSR-380 constraints give the field messages, service refusals shown at the
 * field they name, and the hooks around reading a value into the fields. The value type {@code T}
 * is what the dialog edits: {@link Editing} of a record for {@link RecordForm}.
 */
public abstract class FormBase<T> extends Composite<FormLayout> {

    private final Map<String, HasValidation> unboundFields = new HashMap<>();
    private @Nullable T value;

    protected FormBase() {
        getContent()
                .setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
    }

    /** Shows {@code value} in the fields, without any error marks, and focuses the first field. */
    public final void edit(T value) {
        this.value = value;
        unboundFields.values().forEach(f -> f.setInvalid(false));
        beforeRead(value);
        read(value);
        afterRead(value);
        firstField(value).focus();
    }

    /** What is being edited, as last read into the fields; empty before {@link #edit}. */
    public Optional<T> getBean() {
        return Optional.ofNullable(value);
    }

    /**
     * Validates every field and shows the problems at the fields. Only when all input is valid is
     * the edited value returned; otherwise nothing is written and the input stays in the fields.
     */
    public final Optional<T> writeIfValid() {
        var current = value;
        if (current == null) {
            return Optional.empty();
        }
        boolean boundOk = binder().validate().isOk();
        boolean otherOk = validateUnbound(current);
        return boundOk && otherOk ? write(current) : Optional.empty();
    }

    /** Puts {@code value} into the bound fields. */
    protected abstract void read(T value);

    /** The edited value from the fields, once they are valid; empty if the binder still refuses. */
    protected abstract Optional<T> write(T current);

    /** The binder of the bound fields. */
    protected abstract Binder<?> binder();

    /**
     * Shows a service's refusal at the field it names.
     *
     * @return false if this form has no field of that name; the caller shows the message elsewhere
     */
    public boolean showError(ValidationException e) {
        var field = fieldFor(e.getField());
        if (field == null) {
            return false;
        }
        field.setErrorMessage(e.getMessage());
        field.setInvalid(true);
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
        return true;
    }

    /** The field that shows errors of {@code property}: a bound field, or one registered with {@link #unboundField}. */
    protected @Nullable HasValidation fieldFor(String property) {
        var unbound = unboundFields.get(property);
        if (unbound != null) {
            return unbound;
        }
        return binder().getBinding(property)
                .map(Binder.Binding::getField)
                .filter(HasValidation.class::isInstance)
                .map(HasValidation.class::cast)
                .orElse(null);
    }

    /**
     * Names a field that is not bound by property name (e.g. a password, or aliases kept apart),
     * so errors for {@code property} are shown on it.
     */
    protected <F extends Component & HasValidation> F unboundField(String property, F field) {
        unboundFields.put(property, field);
        return field;
    }

    /** Lets Enter add a line in a multi-line field instead of saving the form. */
    protected static void keepEnterInside(Component multiLineField) {
        Shortcuts.addShortcutListener(multiLineField, () -> {}, Key.ENTER)
                .listenOn(multiLineField)
                .allowBrowserDefault();
    }

    /** The field to focus when the form opens, e.g. the first editable one. */
    protected abstract Focusable<?> firstField(T value);

    /** Before the value is read into the fields, e.g. to make fields read-only. */
    protected void beforeRead(T value) {}

    /** After the value is in the fields, e.g. to fill fields that are not bound. */
    protected void afterRead(T value) {}

    /** Validates fields that are not bound; shows their errors and returns false if any. */
    protected boolean validateUnbound(T value) {
        return true;
    }
}
