package app.neodesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class UnitHistoryTest {

    private static final QuoteUnit CNY_T = QuoteUnit.of(PriceCurrency.CNY, PriceUnit.T);
    private static final QuoteUnit CNY_KG = QuoteUnit.of(PriceCurrency.CNY, PriceUnit.KG);
    private static final QuoteUnit USD_KG = QuoteUnit.of(PriceCurrency.USD, PriceUnit.KG);

    private static Product product(long id, PriceCurrency currency, PriceUnit unit) {
        var p = new Product(
                "dy-oxide-" + id,
                Element.DY,
                MaterialForm.OXIDE,
                new BigDecimal("99.5"),
                MarketBasis.CN_EXW,
                currency,
                unit,
                0);
        ReflectionTestUtils.setField(p, "id", id);
        return p;
    }

    private static UnitHistory.Change change(long productId, String effective, QuoteUnit before) {
        return new UnitHistory.Change(
                productId, LocalDate.parse(effective), Instant.parse(effective + "T02:00:00Z"), before);
    }

    @Test
    void quotesBeforeATonneToKgChangeKeepTonnes() {
        var dy = product(7, PriceCurrency.CNY, PriceUnit.KG);
        var history = new UnitHistory(List.of(change(7, "2023-09-04", CNY_T)));

        assertThat(history.unitAt(dy, LocalDate.of(2023, 9, 1)).label()).isEqualTo("CNY/t");
        assertThat(history.unitAt(dy, LocalDate.of(2023, 9, 3)).label()).isEqualTo("CNY/t");
        assertThat(history.unitAt(dy, LocalDate.of(2023, 9, 4)))
                .as("effective on its date")
                .isEqualTo(CNY_KG);
        assertThat(history.unitAt(dy, LocalDate.of(2026, 2, 11))).isEqualTo(CNY_KG);
    }

    @Test
    void severalChangesGiveTheUnitOfEachPeriod() {
        // CNY/t until 2019, CNY/kg until 2022, then USD/kg (an export basis).
        var p = product(8, PriceCurrency.USD, PriceUnit.KG);
        var history = new UnitHistory(List.of(change(8, "2022-01-03", CNY_KG), change(8, "2019-07-01", CNY_T)));

        assertThat(history.unitAt(p, LocalDate.of(2016, 1, 4))).isEqualTo(CNY_T);
        assertThat(history.unitAt(p, LocalDate.of(2020, 5, 6))).isEqualTo(CNY_KG);
        assertThat(history.unitAt(p, LocalDate.of(2022, 1, 3))).isEqualTo(USD_KG);
        assertThat(history.hasChanges(p)).isTrue();
    }

    @Test
    void productWithoutChangesAlwaysHasItsCurrentUnit() {
        var other = product(9, PriceCurrency.CNY, PriceUnit.T);
        var history = new UnitHistory(List.of(change(7, "2023-09-04", CNY_T)));
        assertThat(history.unitAt(other, LocalDate.of(2010, 1, 1))).isEqualTo(CNY_T);
        assertThat(history.hasChanges(other)).isFalse();
        assertThat(UnitHistory.NONE.unitAt(other, LocalDate.of(2010, 1, 1)).label())
                .isEqualTo("CNY/t");
    }
}
