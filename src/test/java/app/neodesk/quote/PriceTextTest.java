package app.neodesk.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PriceTextTest {

    @Test
    void plainAndGroupedNumbersAreRead() {
        assertThat(PriceText.parse("1085000").value()).isEqualByComparingTo("1085000");
        assertThat(PriceText.parse("1,085,000").value()).isEqualByComparingTo("1085000");
        assertThat(PriceText.parse(" 118.50 ").value()).isEqualByComparingTo("118.5");
        assertThat(PriceText.parse("1,085,000.25").value()).isEqualByComparingTo("1085000.25");
        assertThat(PriceText.parse("100.").value())
                .as("a decimal point while typing")
                .isEqualByComparingTo("100");
        assertThat(PriceText.parse("-5").value())
                .as("the rules say it must be positive")
                .isEqualByComparingTo("-5");
    }

    @Test
    void emptyIsNoValueAndNoProblem() {
        assertThat(PriceText.parse("")).isEqualTo(new PriceText.Parsed(null, null));
        assertThat(PriceText.parse("   ").ok()).isTrue();
        assertThat(PriceText.parse(null).value()).isNull();
    }

    @Test
    void scientificNotationTextAndMisplacedSeparatorsAreRefused() {
        for (var bad : new String[] {
            "1e3",
            "1E3",
            "abc",
            "1,0,0",
            "1,00",
            "10,00,000",
            ",100",
            "1.000.000",
            "1 085 000",
            "+5",
            "0x10",
            "Infinity",
            "NaN",
            "12abc",
            "1.2.3",
            ".5",
            "１２３"
        }) {
            var parsed = PriceText.parse(bad);
            assertThat(parsed.value()).as(bad).isNull();
            assertThat(parsed.problem()).as(bad).isEqualTo("Enter a plain number like 1085000 or 1,085,000");
        }
    }

    @Test
    void overlongInputIsRefusedBeforeParsing() {
        assertThat(PriceText.parse("9".repeat(41)).problem()).startsWith("The number is too long");
    }

    @Test
    void valuesAreShownWithThousandsSeparatorsAndTheirDecimals() {
        assertThat(PriceText.format(new BigDecimal("1085000"))).isEqualTo("1,085,000");
        assertThat(PriceText.format(new BigDecimal("118.50"))).isEqualTo("118.50");
        assertThat(PriceText.format(new BigDecimal("999"))).isEqualTo("999");
        assertThat(PriceText.format(new BigDecimal("-1234.5"))).isEqualTo("-1,234.5");
        assertThat(PriceText.format(null)).isEmpty();
        assertThat(PriceText.parse(PriceText.format(new BigDecimal("12345678.1234")))
                        .value())
                .isEqualByComparingTo("12345678.1234");
    }

    @Test
    void whatTheFieldShowsWhileTypingIsReadBackExactly() {
        for (var typed :
                new String[] {"1,080,000", "1,080,000.5", "1,080,000.50", "0.0005", "99,999,999,999.9999", "118.50", "7"
                }) {
            var value = PriceText.parse(typed).value();
            assertThat(value).as(typed).isEqualTo(new BigDecimal(typed.replace(",", "")));
            assertThat(PriceText.format(value)).as(typed).isEqualTo(typed);
        }
    }
}
