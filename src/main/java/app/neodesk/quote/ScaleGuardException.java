package app.neodesk.quote;

import app.neodesk.base.ValidationException;

/**
 * A price far from the product's stored level, probably in another unit: "1,410,000 is ~1,000×
 * the recent level of 1,455 CNY/kg: is the unit right?". Saved only when the user confirms it
 * ({@link QuoteDraft#withScaleConfirmed()}, or the {@code scaleConfirmed} of a correction).
 */
public class ScaleGuardException extends ValidationException {

    private final ScaleGuard.Finding finding;

    public ScaleGuardException(ScaleGuard.Finding finding) {
        super(QuoteRules.FIELD_MID, finding.message());
        this.finding = finding;
    }

    public ScaleGuard.Finding getFinding() {
        return finding;
    }
}
