package app.neodesk.base;

/**
 * A refusal whose message is written for the user, such as "try again in a moment". Features
 * extend it for their own refusals, and {@link ErrorReports} shows its message as it is.
 */
public class UserMessageException extends RuntimeException {

    public UserMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
