package app.neodesk.base.ui;

import app.neodesk.base.ValidationException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Base of the admin forms: a {@link FormLayout} whose fields are bound to an entity with a
 * {@link BeanValidationBinder}, so the entity's JSR-380 constraints and their messages apply.
 * <p>
 * The form never writes into the entity while the input is invalid: {@link #writeIfValid()}
 * validates every field first and leaves the bean untouched (and the user's input in the fields)
 * when anything is wrong. A refusal from a service ({@link ValidationException}) is shown on the
 * field it names with {@link #showError(ValidationException)}.
 */
public abstract class EntityForm<T> extends Composite<FormLayout> {

    protected final BeanValidationBinder<T> binder;
    private final Map<String, HasValidation> unboundFields = new HashMap<>();
    private @Nullable T bean;

    protected EntityForm(Class<T> beanType) {
        binder = new BeanValidationBinder<>(beanType);
        getContent()
                .setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
    }

    /** Shows {@code bean} in the fields, without any error marks, and focuses the first field. */
    public final void edit(T bean) {
        this.bean = bean;
        unboundFields.values().forEach(f -> f.setInvalid(false));
        beforeRead(bean);
        binder.readBean(bean);
        afterRead(bean);
        firstField(bean).focus();
    }

    /** The bean being edited; the user's input is in it only after a successful {@link #writeIfValid()}. */
    public Optional<T> getBean() {
        return Optional.ofNullable(bean);
    }

    /**
     * Validates every field and shows the problems at the fields. Only when all input is valid is
     * it written into the bean, which is returned; otherwise the bean is left untouched.
     */
    public Optional<T> writeIfValid() {
        var current = bean;
        if (current == null) {
            return Optional.empty();
        }
        boolean boundOk = binder.validate().isOk();
        boolean otherOk = validateUnbound(current);
        if (!boundOk || !otherOk || !binder.writeBeanIfValid(current)) {
            return Optional.empty();
        }
        return Optional.of(current);
    }

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
        return binder.getBinding(property)
                .map(Binder.Binding::getField)
                .filter(HasValidation.class::isInstance)
                .map(HasValidation.class::cast)
                .orElse(null);
    }

    /**
     * Names a field that is not bound by property name (e.g. a password, or a collection bound
     * with getter and setter), so errors for {@code property} are shown on it.
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
    protected abstract Focusable<?> firstField(T bean);

    /** Before the bean's values are read into the fields, e.g. to make fields read-only. */
    protected void beforeRead(T bean) {}

    /** After the bean's values are in the fields, e.g. to fill fields that are not bound. */
    protected void afterRead(T bean) {}

    /** Validates fields that are not bound to the bean; shows their errors and returns false if any. */
    protected boolean validateUnbound(T bean) {
        return true;
    }
}
