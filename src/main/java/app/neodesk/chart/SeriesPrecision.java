package app.neodesk.chart;

import java.math.BigDecimal;
import java.util.List;

/**
 * How many decimals a derived series is <em>shown</em> with. The values themselves stay exact (as
 * {@link SeriesMath} computed them) so exports and changes lose nothing; only the axis, labels and
 * tooltip round: a CNY/t spread in whole yuan, a ratio with {@value #RATIO_DIGITS} significant digits.
 */
public final class SeriesPrecision {

    /** Significant digits of a ratio A / B: "1.199", "0.8574". */
    public static final int RATIO_DIGITS = 4;

    private SeriesPrecision() {}

    /** Decimals of a spread A − B: the finer of the two products' quoting precisions. */
    public static int spreadDecimals(int priceScaleA, int priceScaleB) {
        return Math.max(0, Math.max(priceScaleA, priceScaleB));
    }

    /** Decimals of a ratio: {@value #RATIO_DIGITS} significant digits of its largest value. */
    public static int ratioDecimals(List<SeriesValue> ratio) {
        return significantScale(ratio.stream().map(SeriesValue::value).toList(), RATIO_DIGITS);
    }

    /**
     * The number of decimals that shows the largest magnitude among {@code values} with {@code digits}
     * significant digits: 1.198895 → 3 (1.199), 0.857400 → 4 (0.8574), 12.5 → 2 with 4 digits. Never
     * negative, at most {@link SeriesMath#RATIO_SCALE}; {@code digits − 1} when there is no non-zero value.
     */
    public static int significantScale(List<BigDecimal> values, int digits) {
        if (digits < 1) {
            throw new IllegalArgumentException("need at least one significant digit, not " + digits);
        }
        BigDecimal largest = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            if (value.abs().compareTo(largest) > 0) {
                largest = value.abs();
            }
        }
        if (largest.signum() == 0) {
            return Math.min(SeriesMath.RATIO_SCALE, digits - 1);
        }
        // Position of the leading digit: 0 for 1.x, 1 for 12.x, −1 for 0.8x.
        int magnitude = largest.precision() - largest.scale() - 1;
        return Math.max(0, Math.min(SeriesMath.RATIO_SCALE, digits - 1 - magnitude));
    }
}
