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

    /** A service's update: id, the edited version and the values, to the saved entity. */
    @FunctionalInterface
    public interface Update<R, S> {
        S apply(long id, long version, R values);
    }

    /** Saves through {@code create} for a new entity, else through {@code update} with its id and version. */
    public <S> S save(Function<R, S> create, Update<R, S> update) {
        var stored = id;
        return stored == null ? create.apply(values) : update.apply(stored, version, values);
    }

    /** The same entity and version with the values the user entered. */
    public Editing<R> with(R newValues) {
        return new Editing<>(id, version, newValues);
    }
}
