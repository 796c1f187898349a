package app.neodesk.base.ui;

import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Optional;

/**
 * A form whose fields are bound to a record of the values the user edits ({@code SourceData} and
 * the like), with {@link Binder#readRecord} and {@link Binder#writeRecord}: the record's JSR-380
 * constraints give the field messages, and nothing is written anywhere until the service takes
 * the new record together with the entity's id and version ({@link Editing}). Every record
 * component needs a binding of the same name.
 */
public abstract class RecordForm<R extends Record> extends FormBase<Editing<R>> {

    protected final BeanValidationBinder<R> binder;

    protected RecordForm(Class<R> recordType) {
        binder = new BeanValidationBinder<>(recordType);
    }

    @Override
    protected void read(Editing<R> value) {
        binder.readRecord(value.values());
    }

    @Override
    protected Optional<Editing<R>> write(Editing<R> current) {
        try {
            return Optional.of(current.with(binder.writeRecord()));
        } catch (ValidationException e) {
            return Optional.empty(); // the binder shows the problems at the fields
        }
    }

    @Override
    protected Binder<?> binder() {
        return binder;
    }
}
