package app.neodesk.base;

/**
 * Thrown when a save loses an optimistic-locking race. The message is meant for the user.
 */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String what, @org.jspecify.annotations.Nullable Throwable cause) {
        super(what + " was changed by someone else while you were editing. "
                + "Reload it to see their change, then apply yours again.", cause);
    }
}
