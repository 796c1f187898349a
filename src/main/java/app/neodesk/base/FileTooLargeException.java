package app.neodesk.base;

import java.io.IOException;
import java.util.Objects;

/** An upload or import stream went past its size limit; the message is meant for the user. */
public class FileTooLargeException extends IOException {

    private final long limit;

    public FileTooLargeException(long limit) {
        super(UploadProperties.tooLargeMessage(limit));
        this.limit = limit;
    }

    public long getLimit() {
        return limit;
    }

    /** Never null: every constructor sets a message written for the user. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }
}
