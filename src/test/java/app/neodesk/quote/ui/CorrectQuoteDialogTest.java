package app.neodesk.quote.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskViewTest;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import app.neodesk.quote.QuoteDraft;
import app.neodesk.quote.QuoteRow;
import app.neodesk.quote.QuoteService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Correcting a quote from the history. Uses nd-metal-cn from source "smm" in January 2026, which no other test uses. */
@NeodeskViewTest
@WithMockUser(username = "analyst", roles = "ANALYST")
class CorrectQuoteDialogTest extends SpringBrowserlessTest {

    @Autowired
    QuoteService quotes;

    @Autowired
    ProductService products;

    @Autowired
    SourceService sources;

    private long productId;
    private long sourceId;

    @BeforeEach
    void ids() {
        productId = products.findByCode("nd-metal-cn").orElseThrow().getId();
        sourceId = sources.findByCode("smm").orElseThrow().getId();
    }

    /** Enters a quote and opens its correction from the history, as a user would. */
    private CorrectQuoteDialog correct(String date) {
        var day = LocalDate.parse(date);
        quotes.enter(new QuoteDraft(
                productId, sourceId, day, new BigDecimal("1040000"), new BigDecimal("1050000"), null, null, true));
        UI.getCurrent()
                .navigate(
                        "history",
                        QueryParameters.fromString("product=nd-metal-cn&source=smm&from=" + date + "&to=" + date));
        var view = (HistoryView) getCurrentView();
        test(view.grid).select(0);
        test(view.correct).click();
        return find(CorrectQuoteDialog.class).single();
    }

    private QuoteRow stored(String date) {
        return quotes.find(productId, sourceId, LocalDate.parse(date)).orElseThrow();
    }

    @Test
    void clearedLowIsTheEntryFormsFieldErrorAndTheQuoteIsUnchanged() {
        var dialog = correct("2026-01-13");
        test(dialog.form.low.input()).setValue("");
        test(dialog.form.reason).setValue("agency fixed its range");

        test(dialog.save).click();

        assertThat(dialog.form.low.isInvalid()).isTrue();
        assertThat(dialog.form.low.getErrorMessage()).isEqualTo("Enter the low price");
        assertThat(dialog.isOpened())
                .as("the dialog stays open with what was typed")
                .isTrue();
        assertThat(stored("2026-01-13").low()).isEqualByComparingTo("1040000");
        assertThat(stored("2026-01-13").corrected()).isFalse();
    }

    @Test
    void clearedHighAndScientificNotationGetTheirOwnErrorsAtOnce() {
        var dialog = correct("2026-01-14");
        test(dialog.form.low.input()).setValue("1e3");
        test(dialog.form.high.input()).setValue("");
        test(dialog.form.reason).setValue("agency fixed its range");

        test(dialog.save).click();

        assertThat(dialog.form.low.getErrorMessage()).isEqualTo("Enter a plain number like 1085000 or 1,085,000");
        assertThat(dialog.form.high.getErrorMessage()).isEqualTo("Enter the high price");
        assertThat(stored("2026-01-14").corrected()).isFalse();
    }

    @Test
    void correctedPricesWithSeparatorsAreSavedAndAnEmptyMidIsTheMiddle() {
        var dialog = correct("2026-01-15");
        assertThat(dialog.form.low.text()).isEqualTo("1,040,000");
        test(dialog.form.low.input()).setValue("1,041,000");
        test(dialog.form.high.input()).setValue("1,051,000");
        test(dialog.form.mid.input()).setValue("");
        test(dialog.form.reason).setValue("agency fixed its range");

        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        var saved = stored("2026-01-15");
        assertThat(saved.corrected()).isTrue();
        assertThat(saved.mid()).isEqualByComparingTo("1046000");
    }

    @Test
    void correctionFarFromTheStoredLevelAsksIsTheUnitRightBeforeSaving() {
        var dialog = correct("2026-01-16");
        test(dialog.form.low.input()).setValue("1,041");
        test(dialog.form.high.input()).setValue("1,051");
        test(dialog.form.mid.input()).setValue("");
        test(dialog.form.reason).setValue("typed in CNY/kg");

        test(dialog.save).click();

        assertThat(stored("2026-01-16").corrected())
                .as("not before the confirmation")
                .isFalse();
        var confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).contains("1,046 is ~1/1,000 of").contains("is the unit right?");
        test(confirm).confirm();
        assertThat(stored("2026-01-16").mid()).isEqualByComparingTo("1046");
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void aMissingReasonIsShownAtItsFieldAndNothingIsSaved() {
        var dialog = correct("2026-01-19");
        test(dialog.form.low.input()).setValue("1,041,000");

        test(dialog.save).click();

        assertThat(dialog.form.reason.isInvalid()).isTrue();
        assertThat(dialog.form.reason.getErrorMessage()).isEqualTo("Enter a reason for the correction");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(stored("2026-01-19").corrected()).isFalse();
    }

    @Test
    void aCorrectionOfAQuoteSomeoneElseCorrectedMeanwhileIsRefusedAndTheirsIsKept() {
        var dialog = correct("2026-01-20");
        var theirs = stored("2026-01-20");
        quotes.correct(
                theirs.id(),
                theirs.version(),
                new BigDecimal("1041000"),
                new BigDecimal("1051000"),
                null,
                null,
                "their correction");
        test(dialog.form.low.input()).setValue("1,042,000");
        test(dialog.form.reason).setValue("my correction");

        test(dialog.save).click();

        assertThat(test($(Notification.class).last()).getText()).contains("changed by someone else");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(stored("2026-01-20").low()).isEqualByComparingTo("1041000");
    }
}
