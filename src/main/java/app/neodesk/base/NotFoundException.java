package app.neodesk.base;

import java.util.Objects;

/**
 * Something does not exist, or the caller may not know that it exists: both look the same.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }

    /** Never null: every constructor sets a message written for the user. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }
}
