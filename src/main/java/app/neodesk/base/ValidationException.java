package app.neodesk.base;

import java.util.Objects;

/**
 * A business rule refused the input. The message is specific and meant for the user; the
 * optional field names the form field it belongs to.
 */
public class ValidationException extends RuntimeException {

    private final String field;

    public ValidationException(String message) {
        this("", message);
    }

    public ValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The property the problem belongs to, or an empty string for the whole input. */
    public String getField() {
        return field;
    }

    /** Never null: every constructor sets a message written for the user. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }
}
