package app.neodesk.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PriceFormatTest {

    @Test
    void unchangedMidReadsNcAndHasItsOwnCssClass() {
        var unchanged = PriceChange.of(new BigDecimal("1085000"), new BigDecimal("1085000"));
        assertThat(PriceFormat.changeAmount(unchanged, 0)).isEqualTo("nc");
        assertThat(PriceFormat.changePercent(unchanged)).isEqualTo("0.00%");
        assertThat(PriceFormat.cssClass(unchanged)).isEqualTo("unchanged");
    }

    @Test
    void tablesReadNcInBothChangeColumnsForAnUnchangedMid() {
        var unchanged = PriceChange.of(new BigDecimal("12.50"), new BigDecimal("12.5"));
        assertThat(PriceFormat.changeAmount(unchanged, 2)).isEqualTo("nc");
        assertThat(PriceFormat.changePercentOrNc(unchanged)).isEqualTo("nc");
        assertThat(PriceFormat.changePercentOrNc(PriceChange.NONE)).isEmpty();
        assertThat(PriceFormat.changePercentOrNc(PriceChange.of(new BigDecimal("1085000"), new BigDecimal("1050000"))))
                .isEqualTo("+3.33%");
        assertThat(PriceFormat.changePercentOrNc(PriceChange.of(new BigDecimal("1050000"), new BigDecimal("1085000"))))
                .isEqualTo("-3.23%");
    }

    @Test
    void aMoveTooSmallForTwoDecimalsKeepsItsDirectionInsteadOfReadingAsUnchanged() {
        var tinyRise = PriceChange.of(new BigDecimal("1085005"), new BigDecimal("1085000"));
        var tinyFall = PriceChange.of(new BigDecimal("1084995"), new BigDecimal("1085000"));
        assertThat(PriceFormat.changeAmount(tinyRise, 0)).isEqualTo("+5");
        assertThat(PriceFormat.changePercentOrNc(tinyRise)).isEqualTo("+0.00%");
        assertThat(PriceFormat.changePercentOrNc(tinyFall)).isEqualTo("-0.00%");
    }

    @Test
    void everyKindOfChangeHasANonBlankCssClass() {
        var rise = PriceChange.of(new BigDecimal("1085000"), new BigDecimal("1050000"));
        var fall = PriceChange.of(new BigDecimal("1050000"), new BigDecimal("1085000"));
        var unchanged = PriceChange.of(new BigDecimal("12.50"), new BigDecimal("12.5"));
        assertThat(PriceFormat.cssClass(rise)).isEqualTo("rise");
        assertThat(PriceFormat.cssClass(fall)).isEqualTo("fall");
        assertThat(PriceFormat.cssClass(unchanged)).isEqualTo("unchanged");
        assertThat(PriceFormat.cssClass(PriceChange.NONE)).isEqualTo("no-previous");
        for (var change : new PriceChange[] {rise, fall, unchanged, PriceChange.NONE}) {
            assertThat(PriceFormat.cssClass(change)).isNotBlank().doesNotContainAnyWhitespaces();
        }
    }

    @Test
    void firstQuoteHasAnEmptyChangeNeverZero() {
        assertThat(PriceFormat.changeAmount(PriceChange.NONE, 0)).isEmpty();
        assertThat(PriceFormat.changePercent(PriceChange.NONE)).isEmpty();
    }

    @Test
    void storedPricesShowAtTheProductScaleExactlyAndKeepDecimalsTheScaleCannotHold() {
        // Stored with 4 decimals; the product shows 0 or 2.
        assertThat(PriceFormat.atScale(new BigDecimal("1085000.0000"), 0))
                .isEqualByComparingTo("1085000")
                .extracting(BigDecimal::scale)
                .isEqualTo(0);
        assertThat(PriceFormat.atScale(new BigDecimal("12.5000"), 2).toPlainString())
                .isEqualTo("12.50");
        assertThat(PriceFormat.atScale(new BigDecimal("-35.5000"), 1).toPlainString())
                .isEqualTo("-35.5");
        assertThat(PriceFormat.atScale(new BigDecimal("0.0000"), 0).toPlainString())
                .isEqualTo("0");
        // A price entered before the scale was lowered keeps its decimals: never rounded away.
        assertThat(PriceFormat.atScale(new BigDecimal("12.3450"), 2).toPlainString())
                .isEqualTo("12.345");
        assertThat(PriceFormat.atScale(new BigDecimal("1085000.5000"), 0).toPlainString())
                .isEqualTo("1085000.5");
        // Fewer decimals than the scale: padded.
        assertThat(PriceFormat.atScale(new BigDecimal("5"), 2).toPlainString()).isEqualTo("5.00");
        assertThat(PriceFormat.atScale(new BigDecimal("7.25"), 2).toPlainString())
                .isEqualTo("7.25");
    }

    @Test
    void pricesAndChangesReadAsWithDecimalFormatForEveryScaleSignAndRounding() {
        var random = new Random(20261203);
        var values = new ArrayList<BigDecimal>(List.of(
                BigDecimal.ZERO,
                new BigDecimal("0.0000"),
                new BigDecimal("-0.004"),
                new BigDecimal("0.005"),
                new BigDecimal("-0.5"),
                new BigDecimal("999.995"),
                new BigDecimal("-999999.5"),
                new BigDecimal("1085000"),
                new BigDecimal("1E+6"),
                new BigDecimal("12345678901234567890.123456")));
        for (int i = 0; i < 5_000; i++) {
            values.add(BigDecimal.valueOf(random.nextLong() % 100_000_000_000L, random.nextInt(-3, 7)));
        }
        for (var value : values) {
            for (int scale = 0; scale <= 4; scale++) {
                for (boolean signed : new boolean[] {false, true}) {
                    assertThat(PriceFormat.format(value, scale, signed))
                            .as("%s at scale %d, signed %s", value, scale, signed)
                            .isEqualTo(withDecimalFormat(value, scale, signed));
                }
            }
        }
    }

    /** The formatting tables used before: java.text.DecimalFormat, half up, ',' and '.'. */
    private static String withDecimalFormat(BigDecimal value, int scale, boolean signed) {
        var symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(',');
        symbols.setDecimalSeparator('.');
        symbols.setMinusSign('-');
        var format = new DecimalFormat("#,##0" + (scale > 0 ? "." + "0".repeat(scale) : ""), symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        if (signed) {
            format.setPositivePrefix("+");
        }
        return format.format(value);
    }
}
