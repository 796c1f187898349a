package app.neodesk.quote;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A new quote as a user enters it. A {@code null} mid means (low + high) / 2. A move of more than
 * {@link QuoteRules#LARGE_MOVE_PERCENT}% is refused unless {@code largeMoveConfirmed}.
 */
public record QuoteDraft(long productId, long sourceId, LocalDate date, BigDecimal low, BigDecimal high,
                         @Nullable BigDecimal mid, @Nullable String comment, boolean largeMoveConfirmed) {

    public QuoteDraft confirmed() {
        return new QuoteDraft(productId, sourceId, date, low, high, mid, comment, true);
    }
}
