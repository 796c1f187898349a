package app.neodesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VendorValuesTest {

    private static final LocalDate SEP_1 = LocalDate.of(2023, 9, 1);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2023-09-01",
                "2023/9/1",
                "2023.9.1",
                "2023年9月1日",
                "2023年09月01日",
                "20230901",
                "45170",
                "45170.0",
                " 2023-09-01 00:00:00 ",
                "2023/9/1 0:00"
            })
    void vendorDateFormsAllReadAsTheSameDay(String text) {
        assertThat(VendorValues.date(text)).isEqualTo(SEP_1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2023-02-30", "9/1/2023", "abc", "1", "2023-9", "12345"})
    void impossibleOrAmbiguousDatesAreRefused(String text) {
        assertThat(VendorValues.date(text)).isNull();
    }

    @Test
    void numbersWithThousandsSeparatorsAndDecimalCommasReadExactly() {
        assertThat(VendorValues.number("1085000")).isEqualByComparingTo("1085000");
        assertThat(VendorValues.number("1,085,000")).isEqualByComparingTo("1085000");
        assertThat(VendorValues.number("1,085,000.50")).isEqualByComparingTo("1085000.50");
        assertThat(VendorValues.number("1 085 000")).isEqualByComparingTo("1085000");
        assertThat(VendorValues.number("1.085.000,5")).isEqualByComparingTo("1085000.5");
        assertThat(VendorValues.number("108,5")).isEqualByComparingTo("108.5");
        assertThat(VendorValues.number("108.55")).isEqualTo(new BigDecimal("108.55"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e3", "-5", "+5", "abc", "1,0,0", "12,34,567", "108.5万", "0x10"})
    void numbersInOtherFormsAreRefusedNotGuessed(String text) {
        assertThat(VendorValues.number(text)).isNull();
    }

    @Test
    void blankAndDashesMeanNoValue() {
        assertThat(VendorValues.empty("")).isTrue();
        assertThat(VendorValues.empty(" - ")).isTrue();
        assertThat(VendorValues.empty("—")).isTrue();
        assertThat(VendorValues.empty("0")).isFalse();
    }
}
