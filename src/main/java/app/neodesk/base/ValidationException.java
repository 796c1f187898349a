package app.neodesk.base;

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
}
