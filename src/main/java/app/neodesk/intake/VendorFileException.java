package app.neodesk.intake;

import app.neodesk.base.UserMessageException;

/** A vendor file refused as a whole (empty, binary, not a workbook, UTF-16 without BOM, …); the message is for the user. */
public class VendorFileException extends UserMessageException {

    public VendorFileException(String message) {
        super(message, null);
    }

    public VendorFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
