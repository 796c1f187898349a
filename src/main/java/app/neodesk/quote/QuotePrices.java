package app.neodesk.quote;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** The low, high and mid of a quote. */
public record QuotePrices(BigDecimal low, BigDecimal high, BigDecimal mid) {

    /**
     * The prices with the mid as given, or {@code (low + high) / 2} rounded HALF_UP to the product's
     * scale when the source publishes no mid of its own.
     */
    public static QuotePrices of(BigDecimal low, BigDecimal high, @Nullable BigDecimal mid, int scale) {
        return new QuotePrices(low, high, mid != null ? mid : defaultMid(low, high, scale));
    }

    public static BigDecimal defaultMid(BigDecimal low, BigDecimal high, int scale) {
        return low.add(high).divide(BigDecimal.TWO, scale, RoundingMode.HALF_UP);
    }

    /** Same prices by numeric value (1085000 equals 1085000.0000). */
    public boolean sameAs(QuotePrices other) {
        return low.compareTo(other.low) == 0 && high.compareTo(other.high) == 0 && mid.compareTo(other.mid) == 0;
    }
}
