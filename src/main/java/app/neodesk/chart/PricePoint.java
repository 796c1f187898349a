package app.neodesk.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One quote of one product from one source on one date, as the chart math sees it.
 *
 * <p>{@code mid} is not checked against the range: a source may publish its own average price.
 *
 * @param date the assessment date
 * @param low the low of the published range
 * @param high the high of the published range, never below {@code low}
 * @param mid the mid (average) price
 */
public record PricePoint(LocalDate date, BigDecimal low, BigDecimal high, BigDecimal mid) {

    public PricePoint {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(mid, "mid");
        if (low.compareTo(high) > 0) {
            throw new IllegalArgumentException(
                    "low " + low.toPlainString() + " is above high " + high.toPlainString() + " on " + date);
        }
    }

    /** A point whose mid is {@code (low + high) / 2}, the default when the source publishes no mid. */
    public static PricePoint ofRange(LocalDate date, BigDecimal low, BigDecimal high) {
        BigDecimal sum = low.add(high);
        // Halving a decimal is exact with one more digit of scale.
        BigDecimal mid = sum.divide(BigDecimal.TWO, sum.scale() + 1, RoundingMode.UNNECESSARY)
                .stripTrailingZeros();
        if (mid.scale() < 0) {
            mid = mid.setScale(0);
        }
        return new PricePoint(date, low, high, mid);
    }
}
