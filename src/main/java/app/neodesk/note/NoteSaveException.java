package app.neodesk.note;

import app.neodesk.base.UserMessageException;

/** A confirmed draft could not be saved; nothing of the note was saved. The message names the draft. */
public class NoteSaveException extends UserMessageException {

    public NoteSaveException(String draft, String reason, Throwable cause) {
        super("Nothing was saved. " + draft + ": " + reason, cause);
    }
}
