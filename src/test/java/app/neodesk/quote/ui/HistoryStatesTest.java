package app.neodesk.quote.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskViewTest;
import app.neodesk.catalog.Element;
import app.neodesk.catalog.MarketBasis;
import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.PriceCurrency;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.ProductData;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import app.neodesk.quote.QuoteDraft;
import app.neodesk.quote.QuoteRow;
import app.neodesk.quote.QuoteService;
import app.neodesk.security.SystemAuthentication;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The history's unit column for a USD/kg product, "nc" in both change columns on an unchanged day,
 * and the empty state that names the filters which matched nothing.
 */
@NeodeskViewTest
@WithMockUser(username = "trader", roles = "VIEWER")
class HistoryStatesTest extends SpringBrowserlessTest {

    static final String USD_KG = "hist-states-usd";
    static final LocalDate DAY_1 = LocalDate.of(2019, 3, 4);
    static final LocalDate DAY_2 = LocalDate.of(2019, 3, 5);

    @Autowired
    ProductService products;

    @Autowired
    SourceService sources;

    @Autowired
    QuoteService quotes;

    /** A USD/kg product quoted at 118.50 two days running (the second day unchanged). */
    @BeforeEach
    void usdProductWithAnUnchangedDay() {
        SystemAuthentication.call(() -> {
            if (products.findByCode(USD_KG).isEmpty()) {
                var product = ProductData.of(
                        USD_KG,
                        Element.PRND,
                        MaterialForm.OXIDE,
                        new BigDecimal("99"),
                        MarketBasis.FOB_CHINA,
                        PriceCurrency.USD,
                        PriceUnit.KG,
                        2);
                products.create(product);
                long id = products.findByCode(USD_KG).orElseThrow().getId();
                long sunsirs = sources.findByCode("sunsirs").orElseThrow().getId();
                for (var day : new LocalDate[] {DAY_1, DAY_2}) {
                    quotes.enter(new QuoteDraft(
                            id, sunsirs, day, new BigDecimal("118.00"), new BigDecimal("119.00"), null, null, true));
                }
            }
            return null;
        });
    }

    private HistoryView open(String query) {
        UI.getCurrent().navigate("history", QueryParameters.fromString(query));
        return (HistoryView) getCurrentView();
    }

    @SuppressWarnings("unchecked")
    private GridTester<?, QuoteRow> grid(HistoryView view) {
        return (GridTester<?, QuoteRow>) (GridTester<?, ?>) test(view.grid);
    }

    @Test
    void unitColumnNamesCurrencyAndUnitOfAUsdPerKgProduct() {
        var grid = grid(open("product=" + USD_KG));
        assertThat(grid.size()).isEqualTo(2);
        int unit = grid.getColumnPosition("unit");
        assertThat(grid.getHeaderCell(unit)).isEqualTo("Unit");
        assertThat(grid.getCellText(0, unit)).isEqualTo("USD/kg");
        assertThat(grid.getCellText(1, unit)).isEqualTo("USD/kg");
        assertThat(grid.getLitRendererPropertyValue(0, "mid", "text", String.class))
                .isEqualTo("118.50");
        assertThat(grid.getLitRendererPropertyValue(0, "mid", "unit", String.class))
                .as("the unit also rides with the mid, for narrow screens that fold the unit column")
                .isEqualTo("USD/kg");
    }

    @Test
    void unchangedDayReadsNcInBothChangeColumnsNeverZeroPercent() {
        var grid = grid(open("product=" + USD_KG));
        assertThat(grid.getRow(0).date()).isEqualTo(DAY_2);
        assertThat(grid.getLitRendererPropertyValue(0, "change", "text", String.class))
                .isEqualTo("nc");
        assertThat(grid.getLitRendererPropertyValue(0, "changePct", "text", String.class))
                .isEqualTo("nc");
        assertThat(grid.getLitRendererPropertyValue(0, "changePct", "cls", String.class))
                .isEqualTo("unchanged");
        assertThat(grid.getLitRendererPropertyValue(1, "change", "text", String.class))
                .isEmpty();
        assertThat(grid.getLitRendererPropertyValue(1, "changePct", "text", String.class))
                .isEmpty();
    }

    @Test
    void emptyResultNamesTheFiltersThatMatchedNothingInsteadOfABlankGrid() {
        var view = open("product=nd-metal-cn&source=smm&from=1990-01-01&to=1990-01-31");
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.message.getText())
                .isEqualTo(
                        "No quotes for Nd metal (nd-metal-cn) from Shanghai Metals Market between 1990-01-01 and 1990-01-31.");
        assertThat(view.empty.clear.isVisible()).isTrue();
    }

    @Test
    void clearFiltersShowsTheWholeHistoryAgainAndClearsTheUrl() {
        var view = open("product=" + USD_KG + "&from=1990-01-01&to=1990-01-31");
        assertThat(view.empty.message.getText())
                .isEqualTo("No quotes for PrNd oxide (" + USD_KG + ") between 1990-01-01 and 1990-01-31.");

        test(view.empty.clear).click();

        assertThat(view.empty.isVisible()).isFalse();
        assertThat(view.grid.isVisible()).isTrue();
        assertThat(view.products.getValue()).isEmpty();
        assertThat(view.from.getValue()).isNull();
        assertThat(view.to.getValue()).isNull();
        assertThat(view.queryParameters().getParameters()).isEmpty();
        assertThat(grid(view).size()).isPositive();
    }

    @Test
    void aFilterThatMatchesAgainHidesTheEmptyState() {
        var view = open("product=" + USD_KG + "&from=1990-01-01");
        assertThat(view.empty.isVisible()).as("quotes of 2019 are after 1990").isFalse();
        assertThat(view.grid.isVisible()).isTrue();

        test(view.from).setValue(LocalDate.of(2019, 3, 6));
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.message.getText())
                .isEqualTo("No quotes for PrNd oxide (" + USD_KG + ") on or after 2019-03-06.");

        test(view.from).setValue(DAY_2);
        assertThat(view.empty.isVisible()).isFalse();
        assertThat(grid(view).size()).isEqualTo(1);
    }
}
