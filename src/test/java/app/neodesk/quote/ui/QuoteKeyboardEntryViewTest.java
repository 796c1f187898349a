package app.neodesk.quote.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.MutableClock;
import app.neodesk.NeodeskViewTest;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import app.neodesk.quote.QuoteService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.combobox.ComboBoxBase.CustomValueSetEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Keyboard entry of quotes in a simulated browser: typed codes and aliases, the market's today,
 * units beside the prices, and Enter on an incomplete form. Uses source "inhouse" on dates in
 * June 2025, which no other test uses.
 */
@NeodeskViewTest
@WithMockUser(username = "analyst", roles = "ANALYST")
class QuoteKeyboardEntryViewTest extends SpringBrowserlessTest {

    @Autowired
    QuoteService quotes;

    @Autowired
    ProductService products;

    @Autowired
    SourceService sources;

    @Autowired
    MutableClock clock;

    /** What the browser sends when the user types {@code text} into a combo box and leaves it with Tab. */
    private static void typeAndTab(NamePicker<?> picker, String text) {
        ComponentUtil.fireEvent(picker, new CustomValueSetEvent<>(picker, true, text));
        roundTrip();
    }

    private void type(PriceField field, String text) {
        test(field.input()).setValue(text);
    }

    /**
     * Enter: the save button's click shortcut, listening on the view. (The simulated browser fires
     * shortcuts on the UI only; QuoteKeyboardIT presses the real key.)
     */
    private void enter(QuoteEntryView view) {
        test(view.save).click();
    }

    private boolean stored(String product, String date) {
        return quotes.find(
                        products.findByCode(product).orElseThrow().getId(),
                        sources.findByCode("inhouse").orElseThrow().getId(),
                        LocalDate.parse(date))
                .isPresent();
    }

    @Test
    void dateStartsAtTheMarketsTodayInShanghaiNotTheUtcDay() {
        var before = clock.instant();
        // 2026-02-10 16:30 UTC is already 2026-02-11 00:30 in Shanghai.
        clock.set(Instant.parse("2026-02-10T16:30:00Z"));
        try {
            var view = navigate(QuoteEntryView.class);
            assertThat(view.form.date.getValue()).isEqualTo(LocalDate.of(2026, 2, 11));
        } finally {
            clock.set(before);
        }
    }

    @Test
    void typedCodeOrAliasIsTakenOnTab() {
        var form = navigate(QuoteEntryView.class).form;

        typeAndTab(form.product, "pr-oxide-cn");
        assertThat(form.product.getValue().getCode()).isEqualTo("pr-oxide-cn");

        typeAndTab(form.product, "PrNd oxide");
        assertThat(form.product.getValue().getCode()).as("an alias").isEqualTo("prnd-oxide-cn");

        typeAndTab(form.product, "氧化镝");
        assertThat(form.product.getValue().getCode()).as("a Chinese alias").isEqualTo("dy-oxide-cn");

        typeAndTab(form.source, "In-house deals");
        assertThat(form.source.getValue().getCode()).as("a source alias").isEqualTo("inhouse");
        assertThat(form.source.isInvalid()).isFalse();
    }

    @Test
    void aTextThatNamesNoProductOrSeveralSaysSo() {
        var form = navigate(QuoteEntryView.class).form;

        typeAndTab(form.product, "gold");
        assertThat(form.product.getValue()).isNull();
        assertThat(form.product.isInvalid()).isTrue();
        assertThat(form.product.getErrorMessage()).isEqualTo("No product has the code or alias 'gold'");

        typeAndTab(form.product, "oxide");
        assertThat(form.product.getErrorMessage()).startsWith("'oxide' fits ").contains("products: type more");

        // A part of a code that only one product has (other tests add products with "metal" in them).
        typeAndTab(form.product, "nd-metal");
        assertThat(form.product.getValue().getCode())
                .as("the one product it fits")
                .isEqualTo("nd-metal-cn");
        assertThat(form.product.isInvalid()).isFalse();
    }

    @Test
    void unitBesideThePricesFollowsTheProduct() {
        var form = navigate(QuoteEntryView.class).form;
        assertThat(form.low.getUnit()).isEmpty();

        typeAndTab(form.product, "nd-metal-cn");
        assertThat(form.low.getUnit()).isEqualTo("CNY/t");
        assertThat(form.high.getUnit()).isEqualTo("CNY/t");
        assertThat(form.mid.getUnit()).isEqualTo("CNY/t");

        typeAndTab(form.product, "Dy oxide");
        assertThat(form.low.getUnit()).isEqualTo("CNY/kg");
        typeAndTab(form.product, "prnd-oxide-fob");
        assertThat(form.mid.getUnit()).isEqualTo("USD/kg");
    }

    @Test
    void enterOnAnIncompleteFormSavesNothingClearsNothingAndSaysWhatIsMissing() {
        var view = navigate(QuoteEntryView.class);
        var form = view.form;
        typeAndTab(form.product, "pr-oxide-cn");
        typeAndTab(form.source, "inhouse");
        form.date.setValue(LocalDate.of(2025, 6, 2));
        type(form.low, "880,000");

        enter(view);

        assertThat(stored("pr-oxide-cn", "2025-06-02")).isFalse();
        assertThat(form.high.isInvalid()).isTrue();
        assertThat(view.missing.getText()).isEqualTo("Not saved yet: check High, Mid");
        assertThat(form.product.getValue().getCode()).isEqualTo("pr-oxide-cn");
        assertThat(form.source.getValue().getCode()).isEqualTo("inhouse");
        assertThat(form.date.getValue()).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(form.low.getValue()).isEqualByComparingTo("880000");
        assertThat(form.low.text()).isEqualTo("880,000");

        type(form.high, "890,000");
        enter(view);

        assertThat(stored("pr-oxide-cn", "2025-06-02")).isTrue();
        assertThat(view.missing.getText()).isEmpty();
        assertThat(form.product.getValue()).as("ready for the next product").isNull();
        assertThat(form.source.getValue().getCode()).as("the source stays").isEqualTo("inhouse");
        assertThat(form.date.getValue()).as("the date stays").isEqualTo(LocalDate.of(2025, 6, 2));
    }

    @Test
    void groupedPricesAreReadExactly() {
        var form = navigate(QuoteEntryView.class).form;
        typeAndTab(form.product, "prnd-oxide-fob");
        type(form.low, "1,234,567.89");
        assertThat(form.low.getValue()).isEqualTo(new BigDecimal("1234567.89"));
        assertThat(form.low.isInvalid()).isFalse();
    }
}
