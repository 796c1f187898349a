package app.neodesk.base;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A refusal whose message is written for the user, such as "try again in a moment". Features
 * extend it for their own refusals, and {@link ErrorReports} shows its message as it is.
 */
public class UserMessageException extends RuntimeException {

    public UserMessageException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    /** Never null: every constructor sets a message written for the user. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }
}
