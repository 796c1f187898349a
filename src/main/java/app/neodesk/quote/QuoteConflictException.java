package app.neodesk.quote;

import java.util.Objects;

/**
 * A quote for the same product, source and date is stored with other values: an idempotent entry
 * ({@link QuoteService#enterAll}) refuses to overwrite it. The stored quote goes back to the caller,
 * who corrects it instead if the new values are right.
 */
public class QuoteConflictException extends RuntimeException {

    private final QuoteRow stored;

    public QuoteConflictException(QuoteRow stored) {
        super("A quote for " + stored.key() + " is stored with other values; correct it instead");
        this.stored = stored;
    }

    public QuoteRow getStored() {
        return stored;
    }

    /** Never null: every constructor sets a message written for the user. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }
}
