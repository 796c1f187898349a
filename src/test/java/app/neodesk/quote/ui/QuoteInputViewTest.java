package app.neodesk.quote.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskViewTest;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import app.neodesk.quote.QuoteService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Typing numbers and dates into the entry form as a person does, in a simulated browser. Uses
 * product dy-oxide-cn from source "sunsirs" on dates no other test uses.
 */
@NeodeskViewTest
@WithMockUser(username = "analyst", roles = "ANALYST")
class QuoteInputViewTest extends SpringBrowserlessTest {

    private static final String PLAIN = "Enter a plain number like 1085000 or 1,085,000";

    @Autowired
    QuoteService quotes;

    @Autowired
    ProductService products;

    @Autowired
    SourceService sources;

    private QuoteEntryView open(String date) {
        var view = navigate(QuoteEntryView.class);
        Product dy = products.findByCode("dy-oxide-cn").orElseThrow();
        test(view.form.product).selectItem(dy.getCode() + " · " + dy.getDisplayName());
        test(view.form.source)
                .selectItem(sources.findByCode("sunsirs").orElseThrow().getLabel());
        view.form.date.setValue(LocalDate.parse(date));
        return view;
    }

    private void type(PriceField field, String text) {
        test(field.input()).setValue(text);
    }

    private boolean stored(String date) {
        return quotes.find(
                        products.findByCode("dy-oxide-cn").orElseThrow().getId(),
                        sources.findByCode("sunsirs").orElseThrow().getId(),
                        LocalDate.parse(date))
                .isPresent();
    }

    @Test
    void scientificNotationIsRefusedWithAClearMessageNotReadAsAnotherNumber() {
        var view = open("2026-01-20");
        type(view.form.low, "1e3");
        type(view.form.high, "1500");

        assertThat(view.form.low.isInvalid()).isTrue();
        assertThat(view.form.low.getErrorMessage()).isEqualTo(PLAIN);
        assertThat(view.form.low.getValue()).isNull();
        test(view.save).click();
        assertThat(stored("2026-01-20")).isFalse();
    }

    @Test
    void textAndMisplacedSeparatorsAreRefusedAsYouType() {
        var view = open("2026-01-20");
        for (var bad : new String[] {"abc", "1,0,0", "12.3.4"}) {
            type(view.form.high, bad);
            assertThat(view.form.high.isInvalid()).as(bad).isTrue();
            assertThat(view.form.high.getErrorMessage()).as(bad).isEqualTo(PLAIN);
        }
        // Fixing the text clears the error.
        type(view.form.high, "1,500");
        assertThat(view.form.high.isInvalid()).isFalse();
    }

    @Test
    void thousandsSeparatorsAreAcceptedAndTheQuoteIsSaved() {
        var view = open("2026-01-21");
        type(view.form.low, "1,490");
        type(view.form.high, "1,510");
        assertThat(view.form.mid.getValue()).isEqualByComparingTo("1500");
        assertThat(view.form.mid.text()).isEqualTo("1,500");

        test(view.save).click();
        find(ConfirmDialog.class).all().forEach(d -> test(d).confirm()); // a large move against older tests' quotes

        assertThat(stored("2026-01-21")).isTrue();
        assertThat(view.form.low.text()).as("ready for the next quote").isEmpty();
    }

    @Test
    void clearedPriceIsAFieldErrorAndABadTextIsClearedForTheNextQuote() {
        var view = open("2026-01-22");
        type(view.form.low, "1490");
        type(view.form.low, "");
        test(view.save).click();
        assertThat(view.form.low.getErrorMessage()).isEqualTo("Enter the low price");

        type(view.form.low, "abc");
        view.form.readyForNext();
        assertThat(view.form.low.text()).isEmpty();
        assertThat(view.form.low.textProblem()).isNull();
    }

    @Test
    void fifteenDigitsAreRefusedInTheFormToo() {
        var view = open("2026-01-23");
        type(view.form.low, "1490");
        type(view.form.high, "123,456,789,012,345");
        assertThat(view.form.high.getErrorMessage())
                .isEqualTo("The high price is too large (at most 11 digits before the decimal point)");
    }

    @Test
    void theDateStartsAtToday() {
        var view = navigate(QuoteEntryView.class);
        assertThat(view.form.date.getValue()).isEqualTo(LocalDate.of(2026, 2, 12));
    }

    @Test
    void datesBeforeTheEarliestDateAreRefusedAndThePickerStartsThere() {
        var view = open("1989-12-31");
        type(view.form.low, "1490");
        type(view.form.high, "1510");
        test(view.save).click();
        assertThat(view.form.date.getMin()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(view.form.date.isInvalid()).isTrue();
        assertThat(view.form.date.getErrorMessage()).isEqualTo("The date cannot be before 1990-01-01");
        assertThat(stored("1989-12-31")).isFalse();
    }
}
