package app.neodesk.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Display precision of derived series: significant digits of a ratio, decimals of a spread. */
class SeriesPrecisionTest {

    private static List<BigDecimal> values(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void ratioNearOneShowsFourSignificantDigits() {
        assertThat(SeriesPrecision.significantScale(values("1.198895", "1.150000"), 4))
                .isEqualTo(3);
    }

    @Test
    void ratioBelowOneKeepsFourSignificantDigits() {
        assertThat(SeriesPrecision.significantScale(values("0.857400", "0.801234"), 4))
                .isEqualTo(4);
    }

    @Test
    void largestMagnitudeDecidesTheScale() {
        assertThat(SeriesPrecision.significantScale(values("12.5", "0.9", "-13.25"), 4))
                .isEqualTo(2);
        assertThat(SeriesPrecision.significantScale(values("280000.00"), 4)).isZero();
    }

    @Test
    void noNonZeroValueFallsBackToDigitsMinusOne() {
        assertThat(SeriesPrecision.significantScale(values("0.000000"), 4)).isEqualTo(3);
        assertThat(SeriesPrecision.significantScale(List.of(), 3)).isEqualTo(2);
    }

    @Test
    void scaleNeverExceedsTheRatioScale() {
        assertThat(SeriesPrecision.significantScale(values("0.0000012"), 4)).isEqualTo(SeriesMath.RATIO_SCALE);
    }

    @Test
    void zeroSignificantDigitsIsRefused() {
        assertThatThrownBy(() -> SeriesPrecision.significantScale(values("1"), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void spreadIsShownWithTheFinerOfTheTwoQuotingPrecisions() {
        assertThat(SeriesPrecision.spreadDecimals(0, 0))
                .as("CNY/t against CNY/t: whole yuan")
                .isZero();
        assertThat(SeriesPrecision.spreadDecimals(0, 2)).isEqualTo(2);
    }

    @Test
    void ratioIsShownWithFourSignificantDigitsOfItsLargestValue() {
        var day = LocalDate.of(2026, 2, 11);
        assertThat(SeriesPrecision.ratioDecimals(List.of(
                        new SeriesValue(day, new BigDecimal("1.198895")),
                        new SeriesValue(day.plusDays(1), new BigDecimal("0.857400")))))
                .isEqualTo(3);
    }
}
