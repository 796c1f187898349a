package app.neodesk.chart;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Axis precision of derived series: significant digits of a ratio, rounding of a spread. */
class SeriesPrecisionTest {

    private static List<BigDecimal> values(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void ratioNearOneShowsFourSignificantDigits() {
        assertThat(SeriesMath.significantScale(values("1.198895", "1.150000"), 4)).isEqualTo(3);
    }

    @Test
    void ratioBelowOneKeepsFourSignificantDigits() {
        assertThat(SeriesMath.significantScale(values("0.857400", "0.801234"), 4)).isEqualTo(4);
    }

    @Test
    void largestMagnitudeDecidesTheScale() {
        assertThat(SeriesMath.significantScale(values("12.5", "0.9", "-13.25"), 4)).isEqualTo(2);
        assertThat(SeriesMath.significantScale(values("280000.00"), 4)).isZero();
    }

    @Test
    void noNonZeroValueFallsBackToDigitsMinusOne() {
        assertThat(SeriesMath.significantScale(values("0.000000"), 4)).isEqualTo(3);
        assertThat(SeriesMath.significantScale(List.of(), 3)).isEqualTo(2);
    }

    @Test
    void scaleNeverExceedsTheRatioScale() {
        assertThat(SeriesMath.significantScale(values("0.0000012"), 4)).isEqualTo(SeriesMath.RATIO_SCALE);
    }

    @Test
    void zeroSignificantDigitsIsRefused() {
        assertThatThrownBy(() -> SeriesMath.significantScale(values("1"), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundedSpreadDropsTheCentsOfAWholeYuanPrice() {
        var day = LocalDate.of(2026, 2, 11);
        var rounded = SeriesMath.rounded(List.of(new SeriesValue(day, new BigDecimal("280000.50")),
                new SeriesValue(day.plusDays(1), new BigDecimal("-1234.49"))), 0);
        assertThat(rounded).extracting(SeriesValue::value)
                .containsExactly(new BigDecimal("280001"), new BigDecimal("-1234"));
        assertThat(rounded.getFirst().value().toPlainString()).isEqualTo("280001");
    }
}
