package app.neodesk.base;

/**
 * Something does not exist, or the caller may not know that it exists: both look the same.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
