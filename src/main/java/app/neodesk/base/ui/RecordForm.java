package app.neodesk.base.ui;

import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A form whose fields are bound to a record of the values the user edits ({@code SourceData} and
 * the like), with {@link Binder#readRecord} and {@link Binder#writeRecord}: the record's JSR-380
 * constraints give the field messages, and nothing is written anywhere until the service takes
 * the new record together with the entity's id and version ({@link Editing}). Every record
 * component needs a binding of the same name.
 */
public abstract class RecordForm<R extends Record> extends FormBase<Editing<R>> {

    protected final BeanValidationBinder<R> binder;
    private @Nullable Editing<R> editing;

    protected RecordForm(Class<R> recordType) {
        binder = new BeanValidationBinder<>(recordType);
    }

    @Override
    public final void edit(Editing<R> value) {
        editing = value;
        clearUnboundErrors();
        beforeRead(value);
        binder.readRecord(value.values());
        afterRead(value);
        firstField(value).focus();
    }

    @Override
    public Optional<Editing<R>> getBean() {
        return Optional.ofNullable(editing);
    }

    @Override
    public Optional<Editing<R>> writeIfValid() {
        var current = editing;
        if (current == null) {
            return Optional.empty();
        }
        boolean boundOk = binder.validate().isOk();
        boolean otherOk = validateUnbound(current);
        if (!boundOk || !otherOk) {
            return Optional.empty();
        }
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
