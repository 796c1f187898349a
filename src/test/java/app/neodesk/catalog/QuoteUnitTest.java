package app.neodesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteUnitTest {

    private static final QuoteUnit CNY_T = QuoteUnit.of(PriceCurrency.CNY, PriceUnit.T);
    private static final QuoteUnit CNY_KG = QuoteUnit.of(PriceCurrency.CNY, PriceUnit.KG);

    @ParameterizedTest
    @CsvSource({
        "元/吨, CNY/t", "万元/吨, '10,000 CNY/t', ", "元/千克, CNY/kg", "元/公斤, CNY/kg", "CNY/t, CNY/t",
        "cny/KG, CNY/kg", "USD/kg, USD/kg", "USD/t, USD/t", "RMB/ton, CNY/t", "RMB per tonne, CNY/t",
        "yuan/kg, CNY/kg", "US$/kg, USD/kg", "$/kg, USD/kg", "(万元/吨), '10,000 CNY/t'", "（元／吨）, CNY/t",
        "CNY/mt, CNY/t"
    })
    void parsesTheUnitsVendorsWrite(String text, String label) {
        assertThat(QuoteUnit.parse(text))
                .hasValueSatisfying(u -> assertThat(u.label()).isEqualTo(label));
    }

    @ParameterizedTest
    @CsvSource({"''", "t", "kg", "CNY", "元/桶", "氧化钕(万元/吨)", "USD/kgs extra", "CNY/tank"})
    void refusesTextThatIsNotJustAUnit(String text) {
        assertThat(QuoteUnit.parse(text)).isEmpty();
    }

    @Test
    void findsTheUnitInAChineseHeaderAndRemovesIt() {
        assertThat(QuoteUnit.find("氧化钕平均价（万元/吨）"))
                .hasValue(new QuoteUnit(PriceCurrency.CNY, new BigDecimal("10000"), PriceUnit.T));
        assertThat(QuoteUnit.withoutUnit("氧化钕平均价（万元/吨）")).isEqualTo("氧化钕平均价");
        assertThat(QuoteUnit.withoutUnit("low (CNY/kg)")).isEqualTo("low");
        assertThat(QuoteUnit.find("氧化钕平均价")).isEmpty();
        assertThat(QuoteUnit.withoutUnit(" 日期 ")).isEqualTo("日期");
    }

    @Test
    void convertsTenThousandYuanPerTonneExactly() {
        var wan = QuoteUnit.parse("万元/吨").orElseThrow();
        assertThat(wan.convert(new BigDecimal("108.5"), CNY_T)).isEqualByComparingTo("1085000");
        assertThat(wan.convert(new BigDecimal("108.5"), CNY_T).scale()).isZero();
        assertThat(wan.convert(new BigDecimal("141.05"), CNY_KG)).isEqualByComparingTo("1410.5");
        assertThat(wan.convert(new BigDecimal("0.0001"), CNY_T)).isEqualByComparingTo("1");
    }

    @Test
    void convertsBetweenTonnesAndKilograms() {
        assertThat(CNY_T.convert(new BigDecimal("1410000"), CNY_KG)).isEqualByComparingTo("1410");
        assertThat(CNY_KG.convert(new BigDecimal("1410"), CNY_T)).isEqualByComparingTo("1410000");
        assertThat(CNY_T.convert(new BigDecimal("1410001"), CNY_KG)).isEqualByComparingTo("1410.001");
        var usdKg = QuoteUnit.of(PriceCurrency.USD, PriceUnit.KG);
        assertThat(usdKg.convert(new BigDecimal("62.50"), QuoteUnit.of(PriceCurrency.USD, PriceUnit.T)))
                .isEqualByComparingTo("62500");
    }

    @Test
    void refusesToConvertBetweenCurrencies() {
        assertThatThrownBy(() -> QuoteUnit.parse("USD/kg").orElseThrow().convert(BigDecimal.ONE, CNY_KG))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Prices in USD cannot be converted to CNY");
        assertThat(QuoteUnit.parse("USD/kg").orElseThrow().convertibleTo(CNY_KG))
                .isFalse();
    }

    @Test
    void unitsWithTheSameMeaningAreEqual() {
        assertThat(QuoteUnit.parse("元/吨")).hasValue(CNY_T);
        assertThat(new QuoteUnit(PriceCurrency.CNY, new BigDecimal("1.00"), PriceUnit.T))
                .isEqualTo(CNY_T)
                .hasSameHashCodeAs(CNY_T);
    }
}
