package app.neodesk.catalog;

import app.neodesk.base.AbstractEntity;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;

/**
 * A product or source, which the catalog keeps as one shared copy per node ({@link CatalogSnapshot}):
 * every view and service reads that object, so its setters refuse once it is shared. Forms and
 * writes change a copy from the service's {@code get(id)}.
 */
@MappedSuperclass
public abstract class CatalogEntity extends AbstractEntity {

    @Transient
    private transient boolean shared;

    public abstract String getCode();

    /** Marks this as the catalog's shared copy; its setters throw from now on. */
    void share() {
        shared = true;
    }

    /** Called first by every setter. */
    protected final void changeable() {
        if (shared) {
            throw new IllegalStateException("The catalog's shared " + getClass().getSimpleName() + " " + getCode()
                    + " cannot be changed: change a copy from the service's get(id)");
        }
    }
}
