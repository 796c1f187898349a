package app.neodesk.quote.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.catalog.Element;
import app.neodesk.catalog.MarketBasis;
import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.PriceCurrency;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The empty-state sentence names exactly the filters that are set. */
class HistoryEmptyStateTest {

    static final Product ND_METAL = product("nd-metal-cn", Element.ND, MaterialForm.METAL);
    static final Product ND_OXIDE = product("nd-oxide-cn", Element.ND, MaterialForm.OXIDE);
    static final Product PR_OXIDE = product("pr-oxide-cn", Element.PR, MaterialForm.OXIDE);
    static final Source SMM = new Source("smm", "Shanghai Metals Market");
    static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    static final LocalDate JAN_31 = LocalDate.of(2026, 1, 31);

    @Test
    void namesProductSourceAndDateRange() {
        assertThat(HistoryEmptyState.message(List.of(ND_METAL), SMM, JAN_1, JAN_31))
                .isEqualTo(
                        "No quotes for Nd metal (nd-metal-cn) from Shanghai Metals Market between 2026-01-01 and 2026-01-31.");
    }

    @Test
    void namesOnlyTheFiltersThatAreSet() {
        assertThat(HistoryEmptyState.message(List.of(), SMM, null, null))
                .isEqualTo("No quotes from Shanghai Metals Market.");
        assertThat(HistoryEmptyState.message(List.of(), null, JAN_1, null))
                .isEqualTo("No quotes on or after 2026-01-01.");
        assertThat(HistoryEmptyState.message(List.of(), null, null, JAN_31))
                .isEqualTo("No quotes on or before 2026-01-31.");
        assertThat(HistoryEmptyState.message(List.of(ND_METAL), null, JAN_31, JAN_31))
                .isEqualTo("No quotes for Nd metal (nd-metal-cn) on 2026-01-31.");
        assertThat(HistoryEmptyState.message(List.of(), null, null, null)).isEqualTo("No quotes yet.");
    }

    @Test
    void severalProductsAreListedWithOr() {
        assertThat(HistoryEmptyState.message(List.of(PR_OXIDE, ND_OXIDE, ND_METAL), null, null, null))
                .isEqualTo("No quotes for Nd metal (nd-metal-cn), Nd oxide (nd-oxide-cn) or Pr oxide (pr-oxide-cn).");
    }

    private static Product product(String code, Element element, MaterialForm form) {
        return new Product(
                code, element, form, new BigDecimal("99.5"), MarketBasis.CN_EXW, PriceCurrency.CNY, PriceUnit.T, 0);
    }
}
