package app.neodesk.quote;

import app.neodesk.base.ValidationException;

/** The new mid moves more than the limit against the previous quote; the user must confirm it. */
public class LargeMoveException extends ValidationException {

    private final PriceChange change;

    public LargeMoveException(PriceChange change) {
        super(
                QuoteRules.FIELD_MID,
                "The mid moves " + PriceFormat.changePercent(change) + " against the previous quote, more than "
                        + QuoteRules.LARGE_MOVE_PERCENT + "%. Confirm to save it.");
        this.change = change;
    }

    public PriceChange getChange() {
        return change;
    }
}
