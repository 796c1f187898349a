package app.neodesk.base;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a save loses an optimistic-locking race. The message is meant for the user.
 */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String what, @Nullable Throwable cause) {
        super(
                what + " was changed by someone else while you were editing. "
                        + "Reload it to see their change, then apply yours again.",
                cause);
    }

    /** Never null: every constructor sets a message written for the user. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }
}
