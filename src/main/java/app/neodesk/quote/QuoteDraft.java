package app.neodesk.quote;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A new quote as a user enters it. A {@code null} mid means (low + high) / 2. A move of more than
 * {@link QuoteRules#LARGE_MOVE_PERCENT}% is refused unless {@code largeMoveConfirmed}; a mid far
 * from the product's stored level ({@link ScaleGuard}) unless {@code scaleConfirmed}.
 */
public record QuoteDraft(
        long productId,
        long sourceId,
        LocalDate date,
        BigDecimal low,
        BigDecimal high,
        @Nullable BigDecimal mid,
        @Nullable String comment,
        boolean largeMoveConfirmed,
        boolean scaleConfirmed) {

    /** A draft without the scale guard's confirmation. */
    public QuoteDraft(
            long productId,
            long sourceId,
            LocalDate date,
            BigDecimal low,
            BigDecimal high,
            @Nullable BigDecimal mid,
            @Nullable String comment,
            boolean largeMoveConfirmed) {
        this(productId, sourceId, date, low, high, mid, comment, largeMoveConfirmed, false);
    }

    /** The same draft with the large move confirmed. */
    public QuoteDraft confirmed() {
        return new QuoteDraft(productId, sourceId, date, low, high, mid, comment, true, scaleConfirmed);
    }

    /** The same draft with the scale guard's finding confirmed ("Save anyway"). */
    public QuoteDraft withScaleConfirmed() {
        return new QuoteDraft(productId, sourceId, date, low, high, mid, comment, largeMoveConfirmed, true);
    }
}
