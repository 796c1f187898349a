package app.neodesk.quote.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskViewTest;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.Source;
import app.neodesk.catalog.SourceService;
import app.neodesk.quote.ImportTestSupport;
import app.neodesk.quote.QuoteDraft;
import app.neodesk.quote.QuoteService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The entry form in a simulated browser. Uses source "sunsirs" and dates no other test uses. */
@NeodeskViewTest
@WithMockUser(username = "analyst", roles = "ANALYST")
class QuoteEntryViewTest extends SpringBrowserlessTest {

    @Autowired
    QuoteService quotes;

    @Autowired
    ProductService products;

    @Autowired
    SourceService sources;

    private Product product(String code) {
        return products.findByCode(code).orElseThrow();
    }

    private Source source(String code) {
        return sources.findByCode(code).orElseThrow();
    }

    private static String label(Product p) {
        return p.getCode() + " · " + p.getDisplayName();
    }

    private QuoteEntryView fill(String productCode, String sourceCode, String date, String low, String high) {
        var view = navigate(QuoteEntryView.class);
        var form = view.form;
        test(form.product).selectItem(label(product(productCode)));
        test(form.source).selectItem(source(sourceCode).getLabel());
        form.date.setValue(LocalDate.parse(date));
        form.low.setValue(new BigDecimal(low));
        form.high.setValue(new BigDecimal(high));
        return view;
    }

    @Test
    void goodInputIsSavedAndFormIsReadyForTheNextQuote() {
        var view = fill("pr-oxide-cn", "sunsirs", "2026-02-02", "880000", "890000");
        assertThat(view.form.mid.getValue()).isEqualByComparingTo("885000");

        test(view.save).click();

        var saved =
                quotes.find(product("pr-oxide-cn").getId(), source("sunsirs").getId(), LocalDate.of(2026, 2, 2));
        assertThat(saved).isPresent();
        assertThat(saved.get().mid()).isEqualByComparingTo("885000");
        assertThat(view.form.product.getValue()).isNull();
        assertThat(view.form.low.getValue()).isNull();
        assertThat(view.form.mid.getValue()).isNull();
        assertThat(view.form.source.getValue().getCode()).isEqualTo("sunsirs");
        assertThat(view.form.date.getValue()).isEqualTo(LocalDate.of(2026, 2, 2));
        assertThat(view.saved.getElement().getTextRecursively()).contains("pr-oxide-cn/sunsirs/2026-02-02");
    }

    @Test
    void secondQuoteShowsPreviousAndChangeWhileTyping() {
        quotes.enter(new QuoteDraft(
                product("nd-oxide-cn").getId(),
                source("sunsirs").getId(),
                LocalDate.of(2026, 2, 3),
                new BigDecimal("870000"),
                new BigDecimal("880000"),
                null,
                null,
                false));
        var view = fill("nd-oxide-cn", "sunsirs", "2026-02-04", "900000", "910000");
        assertThat(view.form.preview.getText()).isEqualTo("Previous: 2026-02-03 mid 875,000 → change +30,000 (+3.43%)");
    }

    @Test
    void badInputShowsFieldErrorsAndSavesNothing() {
        var view = fill("pr-oxide-cn", "sunsirs", "2026-02-05", "890000.5", "880000");

        test(view.save).click();

        assertThat(view.form.low.isInvalid()).isTrue();
        assertThat(view.form.low.getErrorMessage()).isEqualTo("Whole numbers only for this product");
        assertThat(quotes.find(product("pr-oxide-cn").getId(), source("sunsirs").getId(), LocalDate.of(2026, 2, 5)))
                .isEmpty();

        view.form.low.setValue(new BigDecimal("890000"));
        test(view.save).click();
        assertThat(view.form.high.isInvalid()).isTrue();
        assertThat(view.form.high.getErrorMessage()).isEqualTo("The high price cannot be below the low price");
        assertThat(quotes.find(product("pr-oxide-cn").getId(), source("sunsirs").getId(), LocalDate.of(2026, 2, 5)))
                .isEmpty();
    }

    @Test
    void futureDateIsAFieldError() {
        var view = fill("pr-oxide-cn", "sunsirs", "2026-02-13", "880000", "890000");
        test(view.save).click();
        assertThat(view.form.date.isInvalid()).isTrue();
        assertThat(view.form.date.getErrorMessage()).contains("future");
    }

    @Test
    void duplicateOffersToOpenTheExistingQuoteForCorrection() {
        var view = fill("nd-metal-cn", "yangtze", "2026-02-11", "1080000", "1090000");

        test(view.save).click();

        var dialog = $(ConfirmDialog.class).single();
        assertThat(test(dialog).getText()).contains("exists already");
        test(dialog).confirm();
        var correct = $(CorrectQuoteDialog.class).single();
        assertThat(correct.form.low.getValue()).isEqualByComparingTo("1080000");
        assertThat(correct.form.mid.getValue()).isEqualByComparingTo("1085000");
    }

    @Test
    void moveAboveTenPercentAsksForConfirmation() {
        quotes.enter(new QuoteDraft(
                product("tb-oxide-cn").getId(),
                source("sunsirs").getId(),
                LocalDate.of(2026, 2, 5),
                new BigDecimal("6000"),
                new BigDecimal("6020"),
                null,
                null,
                true)); // base quote: move confirmed
        var view = fill("tb-oxide-cn", "sunsirs", "2026-02-06", "7000", "7020");

        test(view.save).click();

        var tbSunsirs = LocalDate.of(2026, 2, 6);
        assertThat(quotes.find(product("tb-oxide-cn").getId(), source("sunsirs").getId(), tbSunsirs))
                .isEmpty();
        var confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).contains("+16.64%");
        test(confirm).confirm();
        assertThat(quotes.find(product("tb-oxide-cn").getId(), source("sunsirs").getId(), tbSunsirs))
                .isPresent();
    }

    @Test
    void priceFarFromTheStoredLevelAsksIsTheUnitRightAndSavesOnlyWhenConfirmed() {
        var dy = ImportTestSupport.kgProduct(products, "guard-form-kg");
        quotes.enter(new QuoteDraft(
                dy.getId(),
                source("sunsirs").getId(),
                LocalDate.of(2026, 2, 2),
                new BigDecimal("1450"),
                new BigDecimal("1460"),
                null,
                null,
                false));
        var view = fill("guard-form-kg", "yangtze", "2026-02-03", "1400000", "1420000");

        test(view.save).click();

        var day = LocalDate.of(2026, 2, 3);
        assertThat(quotes.find(dy.getId(), source("yangtze").getId(), day)).isEmpty();
        var confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getText())
                .contains("1,410,000 is ~1,000× the recent level of 1,455 CNY/kg: is the unit right?");
        test(confirm).confirm();
        assertThat(quotes.find(dy.getId(), source("yangtze").getId(), day))
                .get()
                .satisfies(q -> assertThat(q.mid()).isEqualByComparingTo("1410000"));
    }
}
