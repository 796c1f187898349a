package app.neodesk.quote;

import app.neodesk.base.ValidationException;

/** A live quote for the same product, source and date exists already; it can be corrected instead. */
public class DuplicateQuoteException extends ValidationException {

    private final long existingId;

    public DuplicateQuoteException(String key, long existingId) {
        super(QuoteRules.FIELD_DATE, "A quote for " + key + " exists already. Open it to correct it.");
        this.existingId = existingId;
    }

    public long getExistingId() {
        return existingId;
    }
}
