package app.neodesk.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PriceChangeTest {

    private static PriceChange change(String mid, String previous) {
        return PriceChange.of(new BigDecimal(mid), previous == null ? null : new BigDecimal(previous));
    }

    @Test
    void seedNoteChangesAreThirtyFiveThousandAndThreePointThreeThreePercent() {
        var metal = change("1085000", "1050000");
        assertThat(PriceFormat.changeAmount(metal, 0)).isEqualTo("+35,000");
        assertThat(PriceFormat.changePercent(metal)).isEqualTo("+3.33%");
        var oxide = change("905000", "875000");
        assertThat(PriceFormat.changeAmount(oxide, 0)).isEqualTo("+30,000");
        assertThat(PriceFormat.changePercent(oxide)).isEqualTo("+3.43%");
    }

    @Test
    void firstQuoteHasEmptyChangeNeverZero() {
        var first = change("1085000", null);
        assertThat(first.isPresent()).isFalse();
        assertThat(PriceFormat.changeAmount(first, 0)).isEmpty();
        assertThat(PriceFormat.changePercent(first)).isEmpty();
        assertThat(PriceFormat.cssClass(first)).isEqualTo("no-previous");
    }

    @Test
    void unchangedMidShowsNcAndZeroPercent() {
        var flat = change("1085000.0000", "1085000");
        assertThat(PriceFormat.changeAmount(flat, 0)).isEqualTo("nc");
        assertThat(PriceFormat.changePercent(flat)).isEqualTo("0.00%");
        assertThat(PriceFormat.cssClass(flat))
                .as("never empty: Vaadin refuses an empty class name")
                .isEqualTo("unchanged");
    }

    @Test
    void fallIsNegativeAndRed() {
        var fall = change("1000", "1010");
        assertThat(PriceFormat.changeAmount(fall, 0)).isEqualTo("-10");
        assertThat(PriceFormat.changePercent(fall)).isEqualTo("-0.99%");
        assertThat(PriceFormat.cssClass(fall)).isEqualTo("fall");
        assertThat(PriceFormat.cssClass(change("1010", "1000"))).isEqualTo("rise");
    }

    @Test
    void percentIsRoundedHalfUpToTwoDecimals() {
        // 1/8 = 0.125% → 0.13 (HALF_UP), -0.125% → -0.13
        assertThat(change("8001", "8000").percent()).isEqualByComparingTo("0.01");
        assertThat(change("80010", "80000").percent()).isEqualByComparingTo("0.01");
        assertThat(change("800100", "800000").percent()).isEqualByComparingTo("0.01");
        assertThat(change("1001.25", "1000").percent()).isEqualByComparingTo("0.13");
        assertThat(change("998.75", "1000").percent()).isEqualByComparingTo("-0.13");
        assertThat(change("1000.04", "1000").percent()).isEqualByComparingTo("0.00");
    }

    @Test
    void usdPricesKeepTwoDecimals() {
        var c = change("118.50", "117.25");
        assertThat(PriceFormat.changeAmount(c, 2)).isEqualTo("+1.25");
        assertThat(PriceFormat.price(new BigDecimal("1234.5"), 2)).isEqualTo("1,234.50");
    }

    @Test
    void largeMoveLimitIsStrictlyAboveTenPercent() {
        assertThat(change("110", "100").exceeds(QuoteRules.LARGE_MOVE_PERCENT)).isFalse();
        assertThat(change("110.01", "100").exceeds(QuoteRules.LARGE_MOVE_PERCENT))
                .isTrue();
        assertThat(change("89", "100").exceeds(QuoteRules.LARGE_MOVE_PERCENT)).isTrue();
    }

    @Test
    void defaultMidIsHalfwayRoundedHalfUpToProductScale() {
        assertThat(QuotePrices.defaultMid(new BigDecimal("1045000"), new BigDecimal("1055000"), 0))
                .isEqualByComparingTo("1050000");
        assertThat(QuotePrices.defaultMid(new BigDecimal("1001"), new BigDecimal("1002"), 0))
                .isEqualByComparingTo("1002");
        assertThat(QuotePrices.defaultMid(new BigDecimal("118.25"), new BigDecimal("118.50"), 2))
                .isEqualByComparingTo("118.38");
    }
}
