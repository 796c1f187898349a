package app.neodesk.base.ui;

import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import java.util.Optional;

/**
 * The older form pattern, still used by the forms not yet moved to {@link RecordForm}: fields bound
 * to an entity with a {@link BeanValidationBinder}, so the entity's JSR-380 constraints and their
 * messages apply. {@link #writeIfValid()} validates every field first and leaves the entity
 * untouched (and the user's input in the fields) when anything is wrong.
 */
public abstract class EntityForm<T> extends FormBase<T> {

    protected final BeanValidationBinder<T> binder;

    protected EntityForm(Class<T> beanType) {
        binder = new BeanValidationBinder<>(beanType);
    }

    @Override
    protected void read(T bean) {
        binder.readBean(bean);
    }

    @Override
    protected Optional<T> write(T bean) {
        return binder.writeBeanIfValid(bean) ? Optional.of(bean) : Optional.empty();
    }

    @Override
    protected Binder<?> binder() {
        return binder;
    }
}
