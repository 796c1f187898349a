package app.neodesk.base.ui;

import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The older form pattern, still used by the forms not yet moved to {@link RecordForm}: fields bound
 * to an entity with a {@link BeanValidationBinder}, so the entity's JSR-380 constraints and their
 * messages apply. {@link #writeIfValid()} validates every field first and leaves the entity
 * untouched (and the user's input in the fields) when anything is wrong.
 */
public abstract class EntityForm<T> extends FormBase<T> {

    protected final BeanValidationBinder<T> binder;
    private @Nullable T bean;

    protected EntityForm(Class<T> beanType) {
        binder = new BeanValidationBinder<>(beanType);
    }

    @Override
    public final void edit(T bean) {
        this.bean = bean;
        clearUnboundErrors();
        beforeRead(bean);
        binder.readBean(bean);
        afterRead(bean);
        firstField(bean).focus();
    }

    @Override
    public Optional<T> getBean() {
        return Optional.ofNullable(bean);
    }

    @Override
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

    @Override
    protected Binder<?> binder() {
        return binder;
    }
}
