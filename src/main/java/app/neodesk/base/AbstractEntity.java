package app.neodesk.base;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.springframework.data.util.ProxyUtils;

/**
 * Base of every entity: a surrogate id (mapped by the subclass so each table keeps its own
 * sequence) and an optimistic-locking version.
 */
@MappedSuperclass
public abstract class AbstractEntity {

    @Version
    private long version;

    /** Null until the entity is saved. */
    public abstract @Nullable Long getId();

    /** The id of a saved entity (one loaded from, or already written to, the database). */
    public long requireId() {
        Long id = getId();
        if (id == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " has no id: it is not saved yet");
        }
        return id;
    }

    public long getVersion() {
        return version;
    }

    /**
     * Refuses a change made to another version than the one stored: someone else saved meanwhile.
     *
     * @param what names the entity for the user, e.g. "Source smm"
     * @throws ConcurrentEditException if {@code editedVersion} is not this entity's version
     */
    public void requireVersion(long editedVersion, String what) {
        if (version != editedVersion) {
            throw new ConcurrentEditException(what, null);
        }
    }

    public boolean isNew() {
        return getId() == null;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || ProxyUtils.getUserClass(this) != ProxyUtils.getUserClass(obj)) {
            return false;
        }
        var id = getId();
        return id != null && id.equals(((AbstractEntity) obj).getId());
    }

    @Override
    public int hashCode() {
        return ProxyUtils.getUserClass(this).hashCode();
    }
}
