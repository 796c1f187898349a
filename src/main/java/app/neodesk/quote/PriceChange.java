package app.neodesk.quote;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * The change of a quote's mid against the previous quote of the same product and source.
 * Both parts are {@code null} when there is no previous quote: the change is then empty, never 0.
 *
 * @param amount  mid − previous mid
 * @param percent amount / previous mid × 100, rounded HALF_UP to 2 decimals
 */
public record PriceChange(
        @Nullable BigDecimal amount, @Nullable BigDecimal percent) {

    public static final int PERCENT_SCALE = 2;
    public static final PriceChange NONE = new PriceChange(null, null);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static PriceChange of(BigDecimal mid, @Nullable BigDecimal previousMid) {
        if (previousMid == null || previousMid.signum() == 0) {
            return NONE;
        }
        var amount = mid.subtract(previousMid);
        var percent = amount.multiply(HUNDRED).divide(previousMid, PERCENT_SCALE, RoundingMode.HALF_UP);
        return new PriceChange(amount, percent);
    }

    /** Whether there is a previous quote to compare with. */
    public boolean isPresent() {
        return amount != null;
    }

    /** -1 fall, 0 no change (or no previous quote), +1 rise. */
    public int direction() {
        return amount == null ? 0 : amount.signum();
    }

    /** Whether the mid moved by more than {@code limitPercent} percent either way. */
    public boolean exceeds(BigDecimal limitPercent) {
        return percent != null && percent.abs().compareTo(limitPercent) > 0;
    }
}
