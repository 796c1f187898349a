package app.neodesk.quote;

import app.neodesk.base.UserMessageException;

/**
 * Another writer holds the quotes of the same products (an import, a correction): the database
 * refused or timed out waiting for the product lock, or a row appeared meanwhile. Nothing was
 * written; trying again in a moment works. The message is meant for the user.
 */
public class SeriesBusyException extends UserMessageException {

    public static final String IMPORT = "Another import of the same products is running; try again in a moment";
    public static final String CHANGE =
            "The quotes of this product are being imported or changed right now;" + " try again in a moment";

    SeriesBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
