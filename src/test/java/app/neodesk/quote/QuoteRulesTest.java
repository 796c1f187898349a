package app.neodesk.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 2, 12);
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    private static List<QuoteRules.Problem> validate(String date, String low, String high, String mid, int scale) {
        return QuoteRules.validate(
                date == null ? null : LocalDate.parse(date),
                EARLIEST,
                TODAY,
                low == null ? null : new BigDecimal(low),
                high == null ? null : new BigDecimal(high),
                mid == null ? null : new BigDecimal(mid),
                scale);
    }

    @Test
    void goodQuoteHasNoProblems() {
        assertThat(validate("2026-02-11", "1080000", "1090000", "1085000", 0)).isEmpty();
        assertThat(validate("2026-02-12", "118.25", "118.75", "118.5", 2)).isEmpty();
    }

    @Test
    void futureDateIsRefused() {
        assertThat(validate("2026-02-13", "1", "2", "1", 0))
                .containsExactly(
                        new QuoteRules.Problem("quoteDate", "The date cannot be in the future (today is 2026-02-12)"));
    }

    @Test
    void lowAboveHighIsAHighError() {
        assertThat(validate("2026-02-11", "1090000", "1080000", "1085000", 0))
                .extracting(QuoteRules.Problem::field)
                .containsExactly("high");
    }

    @Test
    void midOutsideRangeIsAMidError() {
        assertThat(validate("2026-02-11", "1080000", "1090000", "1091000", 0))
                .extracting(QuoteRules.Problem::message)
                .containsExactly("The mid price must be between the low and the high price");
    }

    @Test
    void moreDecimalsThanTheProductScaleAreRefused() {
        assertThat(validate("2026-02-11", "1080000.5", "1090000", "1085000", 0))
                .containsExactly(new QuoteRules.Problem("low", "Whole numbers only for this product"));
        assertThat(validate("2026-02-11", "118.255", "118.75", "118.5", 2))
                .containsExactly(new QuoteRules.Problem("low", "At most 2 decimals for this product"));
        // trailing zeros do not count
        assertThat(validate("2026-02-11", "1080000.000", "1090000", "1085000", 0))
                .isEmpty();
    }

    @Test
    void zeroNegativeMissingAndHugeNumbersAreRefused() {
        assertThat(validate("2026-02-11", "0", "1", "1", 0))
                .extracting(QuoteRules.Problem::message)
                .containsExactly("The low price must be positive");
        assertThat(validate("2026-02-11", "-5", "1", "1", 0))
                .extracting(QuoteRules.Problem::field)
                .contains("low");
        assertThat(validate(null, null, "1", "1", 0))
                .extracting(QuoteRules.Problem::field)
                .containsExactly("quoteDate", "low");
        assertThat(validate("2026-02-11", "1", "1234567890123456", "1", 0))
                .extracting(QuoteRules.Problem::message)
                .containsExactly("The high price is too large (at most 11 digits before the decimal point)");
    }

    @Test
    void elevenDigitsBeforeTheDecimalPointAreTheMostAPriceMayHave() {
        assertThat(validate("2026-02-11", "99999999999.9999", "99999999999.9999", "99999999999.9999", 4))
                .isEmpty();
        assertThat(validate("2026-02-11", "1", "100000000000", "1", 0))
                .extracting(QuoteRules.Problem::field)
                .containsExactly("high");
        assertThat(validate("2026-02-11", "1", "2", "123456789012345", 0))
                .extracting(QuoteRules.Problem::message)
                .containsExactly("The mid price is too large (at most 11 digits before the decimal point)");
    }

    @Test
    void datesBeforeTheEarliestDateAreRefused() {
        assertThat(validate("1800-01-01", "1", "2", "1", 0))
                .containsExactly(new QuoteRules.Problem("quoteDate", "The date cannot be before 1990-01-01"));
        assertThat(validate("1989-12-31", "1", "2", "1", 0))
                .extracting(QuoteRules.Problem::field)
                .containsExactly("quoteDate");
        assertThat(validate("1990-01-01", "1", "2", "1", 0)).isEmpty();
    }
}
