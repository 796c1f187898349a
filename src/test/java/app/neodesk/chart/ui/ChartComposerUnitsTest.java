package app.neodesk.chart.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.catalog.Element;
import app.neodesk.catalog.MarketBasis;
import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.PriceCurrency;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.Product;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Units of the spread and of the ratio in spread mode: always shown, never implicit. */
class ChartComposerUnitsTest {

    private static Product product(String code, PriceCurrency currency, PriceUnit unit) {
        return new Product(
                code, Element.ND, MaterialForm.METAL, new BigDecimal("99.5"), MarketBasis.CN_EXW, currency, unit, 0);
    }

    @Test
    void spreadOfTwoCnyPerTonnePricesIsInCnyPerTonne() {
        var a = product("nd-metal-x", PriceCurrency.CNY, PriceUnit.T);
        var b = product("nd-oxide-x", PriceCurrency.CNY, PriceUnit.T);
        assertThat(ChartComposer.spreadUnit(a, b)).isEqualTo("CNY/t");
        assertThat(ChartComposer.ratioUnit(a, b))
                .as("a ratio of like prices is a pure number")
                .isEmpty();
    }

    @Test
    void spreadOfUnlikeUnitsNamesBoth() {
        var a = product("nd-metal-x", PriceCurrency.CNY, PriceUnit.T);
        var b = product("nd-metal-y", PriceCurrency.USD, PriceUnit.KG);
        assertThat(ChartComposer.spreadUnit(a, b)).isEqualTo("CNY/t − USD/kg");
        assertThat(ChartComposer.ratioUnit(a, b)).isEqualTo("CNY/t per USD/kg");
    }
}
