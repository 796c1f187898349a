package app.neodesk.quote.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskViewTest;
import app.neodesk.base.ValidationException;
import app.neodesk.catalog.Element;
import app.neodesk.catalog.MarketBasis;
import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.PriceCurrency;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductData;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.Source;
import app.neodesk.catalog.SourceService;
import app.neodesk.quote.QuoteDraft;
import app.neodesk.quote.QuoteRules;
import app.neodesk.quote.QuoteService;
import app.neodesk.security.SystemAuthentication;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The entry form bound to its record ({@link QuoteEntryValues}): what a refused save keeps, where
 * the service's refusals show, and what the next entry starts with. Uses Nd metal products of its
 * own (CNY/t, whole yuan), created on first use, from source "yangtze".
 */
@NeodeskViewTest
@WithMockUser(username = "analyst", roles = "ANALYST")
class QuoteFormRecordTest extends SpringBrowserlessTest {

    /** Whole yuan per tonne, as the desk quotes Nd metal. */
    private static final String ND_METAL = "qf-ndm-t";
    /** Starts with 2 decimals; an admin changes it to whole yuan while a form is open. */
    private static final String RESCALED = "qf-ndm-t-rescaled";

    @Autowired
    QuoteService quotes;

    @Autowired
    ProductService products;

    @Autowired
    SourceService sources;

    private Product product(String code, int scale) {
        var existing = products.findByCode(code);
        if (existing.isPresent() && existing.get().getPriceScale() == scale) {
            return existing.get();
        }
        return SystemAuthentication.call(() -> existing.map(e -> products.update(
                        e.requireId(),
                        e.getVersion(),
                        ProductData.of(e).withPriceScale(scale),
                        LocalDate.of(2010, 1, 1)))
                .orElseGet(() -> products.create(ProductData.of(
                        code,
                        Element.ND,
                        MaterialForm.METAL,
                        new BigDecimal("99.5"),
                        MarketBasis.CN_EXW,
                        PriceCurrency.CNY,
                        PriceUnit.T,
                        scale))));
    }

    private Source yangtze() {
        return sources.findByCode("yangtze").orElseThrow();
    }

    private QuoteEntryView open(Product p, String date) {
        var view = navigate(QuoteEntryView.class);
        test(view.form.product).selectItem(p.getCode() + " · " + p.getDisplayName());
        test(view.form.source).selectItem(yangtze().getLabel());
        view.form.date.setValue(LocalDate.parse(date));
        return view;
    }

    private void type(PriceField field, String text) {
        test(field.input()).setValue(text);
    }

    private boolean stored(Product p, String date) {
        return quotes.find(p.getId(), yangtze().getId(), LocalDate.parse(date)).isPresent();
    }

    @Test
    void aSaveTheServiceRefusesKeepsEverythingTheTraderTypedAndShowsTheProblemAtItsField() {
        var rescaled = product(RESCALED, 2);
        var view = open(rescaled, "2026-02-10");
        type(view.form.low, "1,085,000.50");
        type(view.form.high, "1,095,000");
        view.form.comment.setValue("SMM assessment, Baotou delivery");
        // An admin makes it whole yuan after the form read the catalog: only the service knows.
        product(RESCALED, 0);

        test(view.save).click();

        assertThat(stored(rescaled, "2026-02-10")).isFalse();
        var form = view.form;
        assertThat(form.low.isInvalid()).isTrue();
        assertThat(form.low.getErrorMessage()).isEqualTo("Whole numbers only for this product");
        assertThat(form.product.getValue().getCode()).isEqualTo(RESCALED);
        assertThat(form.source.getValue().getCode()).isEqualTo("yangtze");
        assertThat(form.date.getValue()).isEqualTo(LocalDate.of(2026, 2, 10));
        assertThat(form.low.text()).isEqualTo("1,085,000.50");
        assertThat(form.high.getValue()).isEqualByComparingTo("1095000");
        assertThat(form.mid.getValue()).isEqualByComparingTo("1090000.25");
        assertThat(form.comment.getValue()).isEqualTo("SMM assessment, Baotou delivery");
        assertThat($(ConfirmDialog.class).all()).isEmpty();

        type(form.low, "1,085,000");
        test(view.save).click();

        assertThat(stored(rescaled, "2026-02-10")).as("saved once corrected").isTrue();
    }

    @Test
    void everyFieldTheServiceNamesShowsItsRefusalAtThatField() {
        var form = navigate(QuoteEntryView.class).form;
        var fields = Map.of(
                QuoteRules.FIELD_DATE,
                form.date,
                QuoteRules.FIELD_LOW,
                form.low,
                QuoteRules.FIELD_HIGH,
                form.high,
                QuoteRules.FIELD_MID,
                form.mid,
                "comment",
                form.comment);

        fields.forEach((name, field) -> {
            assertThat(form.showError(new ValidationException(name, "refused: " + name)))
                    .as(name)
                    .isTrue();
            assertThat(field.isInvalid()).as(name).isTrue();
            assertThat(field.getErrorMessage()).as(name).isEqualTo("refused: " + name);
        });
        assertThat(form.showError(new ValidationException("", "Try again later")))
                .as("no field of that name: the view shows it as a notification")
                .isFalse();
    }

    @Test
    void anUnchangedDayStillSaves() {
        var nd = product(ND_METAL, 0);
        quotes.enter(new QuoteDraft(
                nd.getId(),
                yangtze().getId(),
                LocalDate.of(2026, 2, 9),
                new BigDecimal("1080000"),
                new BigDecimal("1090000"),
                null,
                null,
                false));
        var view = open(nd, "2026-02-10");
        type(view.form.low, "1,080,000");
        type(view.form.high, "1,090,000");

        test(view.save).click();

        assertThat($(ConfirmDialog.class).all()).as("no large move to confirm").isEmpty();
        assertThat(quotes.find(nd.getId(), yangtze().getId(), LocalDate.of(2026, 2, 10)))
                .get()
                .satisfies(q -> assertThat(q.mid()).isEqualByComparingTo("1085000"));
        assertThat(view.saved.getElement().getTextRecursively()).contains(ND_METAL + "/yangtze/2026-02-10");
    }

    @Test
    void aMidTypedForOneQuoteDoesNotStickToTheNext() {
        var nd = product(ND_METAL, 0);
        var view = open(nd, "2026-02-03");
        type(view.form.low, "1,070,000");
        type(view.form.high, "1,090,000");
        type(view.form.mid, "1,075,000");

        test(view.save).click();

        assertThat(quotes.find(nd.getId(), yangtze().getId(), LocalDate.of(2026, 2, 3)))
                .get()
                .satisfies(q -> assertThat(q.mid()).isEqualByComparingTo("1075000"));
        test(view.form.product).selectItem(nd.getCode() + " · " + nd.getDisplayName());
        view.form.date.setValue(LocalDate.of(2026, 2, 4));
        type(view.form.low, "1,080,000");
        type(view.form.high, "1,090,000");
        assertThat(view.form.mid.getValue()).as("(low + high) / 2 again").isEqualByComparingTo("1085000");
    }

    @Test
    void theNextEntryStartsWithoutTheLastOnesMarks() {
        var nd = product(ND_METAL, 0);
        var view = open(nd, "2026-02-05");
        type(view.form.low, "1,080,000");
        type(view.form.high, "1,090,000");
        view.form.showError(new ValidationException("comment", "At most 500 characters"));

        view.form.readyForNext();

        var form = view.form;
        assertThat(form.problems()).isEmpty();
        assertThat(form.comment.isInvalid()).isFalse();
        assertThat(form.source.getValue().getCode()).isEqualTo("yangtze");
        assertThat(form.date.getValue()).isEqualTo(LocalDate.of(2026, 2, 5));
        assertThat(form.product.getValue()).isNull();
        assertThat(form.low.getUnit()).as("no product, no unit").isEmpty();
        assertThat(form.preview.getText()).isEmpty();
    }

    @Test
    void aHighBelowTheLowIsMarkedAsItIsTypedAndClearsWhenTheLowIsLowered() {
        var view = open(product(ND_METAL, 0), "2026-02-06");
        type(view.form.low, "1,090,000");
        type(view.form.high, "1,080,000");

        assertThat(view.form.high.isInvalid()).isTrue();
        assertThat(view.form.high.getErrorMessage()).isEqualTo("The high price cannot be below the low price");

        type(view.form.low, "1,070,000");

        assertThat(view.form.high.isInvalid()).isFalse();
        assertThat(view.form.mid.getValue()).isEqualByComparingTo("1075000");
    }

    @Test
    void choosingAProductInWholeYuanMarksATypedFractionAtOnce() {
        var nd = product(ND_METAL, 0);
        var view = navigate(QuoteEntryView.class);
        type(view.form.low, "1,085,000.5");
        assertThat(view.form.low.isInvalid())
                .as("no product yet: up to 4 decimals")
                .isFalse();

        test(view.form.product).selectItem(nd.getCode() + " · " + nd.getDisplayName());

        assertThat(view.form.low.isInvalid()).isTrue();
        assertThat(view.form.low.getErrorMessage()).isEqualTo("Whole numbers only for this product");
    }
}
