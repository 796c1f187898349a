package app.neodesk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.neodesk.catalog.Element;
import app.neodesk.catalog.MarketBasis;
import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.PriceCurrency;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductData;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.Source;
import app.neodesk.quote.ImportRow;
import app.neodesk.quote.QuotePrices;
import app.neodesk.quote.QuoteRules;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated demo history, without a Spring context (a second context in the same JVM would
 * replace the global security context strategy of the shared test context).
 */
class DemoHistoryTest {

    private static Product product(String code, PriceCurrency currency, PriceUnit unit, int scale, Source main) {
        return Product.of(
                ProductData.of(
                        code,
                        Element.ND,
                        MaterialForm.OXIDE,
                        new BigDecimal("99.5"),
                        MarketBasis.CN_EXW,
                        currency,
                        unit,
                        scale),
                main);
    }

    private static List<ImportRow> generate() {
        var yangtze = new Source("yangtze", "Yangtze");
        var sunsirs = new Source("sunsirs", "SunSirs");
        var products = mock(ProductService.class);
        when(products.findAll())
                .thenReturn(List.of(
                        product("nd-metal-cn", PriceCurrency.CNY, PriceUnit.T, 0, yangtze),
                        product("nd-oxide-cn", PriceCurrency.CNY, PriceUnit.T, 0, yangtze),
                        product("pr-oxide-cn", PriceCurrency.CNY, PriceUnit.T, 0, yangtze),
                        product("prnd-oxide-cn", PriceCurrency.CNY, PriceUnit.T, 0, yangtze),
                        product("dy-oxide-cn", PriceCurrency.CNY, PriceUnit.KG, 0, yangtze),
                        product("tb-oxide-cn", PriceCurrency.CNY, PriceUnit.KG, 0, yangtze),
                        product("prnd-oxide-fob", PriceCurrency.USD, PriceUnit.KG, 2, sunsirs)));
        return new DemoQuotes(null, null, products, null).history();
    }

    @Test
    void historyIsReproducibleWorkingDaysFrom2016ToTheDayBeforeTheSeed() {
        var rows = generate();
        assertThat(rows).isEqualTo(generate());
        assertThat(rows)
                .allSatisfy(r -> assertThat(r.date().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        assertThat(rows)
                .extracting(ImportRow::date)
                .contains(LocalDate.of(2016, 1, 4), LocalDate.of(2026, 2, 9))
                .allSatisfy(d -> assertThat(d).isBetween(LocalDate.of(2016, 1, 4), LocalDate.of(2026, 2, 9)));
        assertThat(rows.stream().map(ImportRow::productCode).distinct()).hasSize(7);
        assertThat(rows.size()).isGreaterThan(7 * 2600);
    }

    @Test
    void historyJoinsTheSeedAndUsesPlausibleSteps() {
        var rows = generate();
        var lastMetal = rows.stream()
                .filter(r -> r.productCode().equals("nd-metal-cn"))
                .filter(r -> r.date().equals(LocalDate.of(2026, 2, 9)))
                .findFirst()
                .orElseThrow();
        assertThat(lastMetal.mid()).isEqualByComparingTo("1045000"); // seed day 1: 1,050,000 → +0.48%
        assertThat(rows)
                .filteredOn(r -> r.productCode().equals("nd-metal-cn"))
                .allSatisfy(r -> assertThat(
                                r.mid().remainder(new BigDecimal("1000")).signum())
                        .isZero());
        assertThat(rows)
                .filteredOn(r -> r.productCode().equals("dy-oxide-cn"))
                .allSatisfy(
                        r -> assertThat(r.mid().stripTrailingZeros().scale()).isLessThanOrEqualTo(0));
        assertThat(rows)
                .filteredOn(r -> r.productCode().equals("prnd-oxide-fob"))
                .allSatisfy(r -> assertThat(r.mid().scale()).isLessThanOrEqualTo(2));
        assertThat(rows).allSatisfy(r -> {
            int scale = r.productCode().equals("prnd-oxide-fob") ? 2 : 0;
            var p = QuotePrices.of(r.low(), r.high(), r.mid(), scale);
            assertThat(QuoteRules.validate(
                            r.date(),
                            LocalDate.of(1990, 1, 1),
                            LocalDate.of(2026, 2, 12),
                            p.low(),
                            p.high(),
                            p.mid(),
                            scale))
                    .isEmpty();
        });
    }
}
