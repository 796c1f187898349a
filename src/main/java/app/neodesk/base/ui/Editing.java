package app.neodesk.base.ui;

import app.neodesk.base.AbstractEntity;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What an editor dialog holds for a {@link RecordForm}: the id and version of the entity being
 * edited (no id for a new one) and the values the form binds. The service takes all three, so a
 * save against another version is refused as a concurrent edit.
 */
public record Editing<R>(@Nullable Long id, long version, R values) {

    /** A new entity with these starting values. */
    public static <R> Editing<R> create(R values) {
        return new Editing<>(null, 0, values);
    }

    /** A stored entity: its id, its version and its values. */
    public static <E extends AbstractEntity, R> Editing<R> of(E entity, Function<E, R> values) {
        return new Editing<>(entity.requireId(), entity.getVersion(), values.apply(entity));
    }

    public boolean isNew() {
        return id == null;
    }

    /** The same entity and version with the values the user entered. */
    public Editing<R> with(R newValues) {
        return new Editing<>(id, version, newValues);
    }
}
