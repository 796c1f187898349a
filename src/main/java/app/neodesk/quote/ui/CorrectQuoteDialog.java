package app.neodesk.quote.ui;

import app.neodesk.base.ConcurrentEditException;
import app.neodesk.base.NotFoundException;
import app.neodesk.base.ValidationException;
import app.neodesk.base.ui.Notifications;
import app.neodesk.quote.PriceFormat;
import app.neodesk.quote.Quote;
import app.neodesk.quote.QuoteRow;
import app.neodesk.quote.QuoteRules;
import app.neodesk.quote.QuoteService;
import app.neodesk.quote.ScaleGuardException;
import app.neodesk.quote.SeriesBusyException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Corrects a quote's prices with a reason; the service keeps the old values as a revision. The
 * prices get the entry form's field errors (a cleared low is "Enter the low price"); an empty mid
 * means (low + high) / 2.
 */
public class CorrectQuoteDialog extends Dialog {

    final PriceField low = new PriceField("Low");
    final PriceField high = new PriceField("High");
    final PriceField mid = new PriceField("Mid");
    final TextField comment = new TextField("Comment");
    final TextField reason = new TextField("Reason for the correction");
    final Button save = new Button("Save correction");

    private final QuoteService quotes;
    private final QuoteRow row;
    private final Consumer<QuoteRow> onSaved;

    public CorrectQuoteDialog(QuoteService quotes, QuoteRow row, Consumer<QuoteRow> onSaved) {
        this.quotes = quotes;
        this.row = row;
        this.onSaved = onSaved;
        setHeaderTitle("Correct " + row.key());
        int scale = row.scale();
        low.setValue(PriceFormat.atScale(row.low(), scale));
        high.setValue(PriceFormat.atScale(row.high(), scale));
        mid.setValue(PriceFormat.atScale(row.mid(), scale));
        for (var f : List.of(low, high, mid)) {
            f.setUnit(row.unit().label());
            f.addClassName("num");
        }
        low.setRequiredIndicatorVisible(true);
        high.setRequiredIndicatorVisible(true);
        mid.setHelperText("Empty: (low + high) / 2");
        comment.setValue(row.comment() == null ? "" : row.comment());
        comment.setMaxLength(Quote.COMMENT_MAX_LENGTH);
        reason.setRequired(true);
        reason.setMaxLength(Quote.REASON_MAX_LENGTH);
        reason.setPlaceholder("e.g. agency corrected its assessment");
        var form = new FormLayout(low, high, mid, comment, reason);
        form.setColspan(reason, 2);
        add(
                new Paragraph("Published as " + PriceFormat.price(row.low(), scale) + "–"
                        + PriceFormat.price(row.high(), scale) + " mid " + PriceFormat.price(row.mid(), scale)
                        + ". The current values are kept as a revision."),
                form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        save.addClickListener(e -> save());
        var cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                low.focus();
            }
        });
    }

    private void save() {
        save(false);
    }

    private void save(boolean scaleConfirmed) {
        for (var f : List.<HasValidation>of(low, high, mid, comment, reason)) {
            f.setInvalid(false);
        }
        if (!pricesValid()) {
            return;
        }
        try {
            var saved = quotes.correct(
                    row.id(),
                    row.version(),
                    low.getValue(),
                    high.getValue(),
                    mid.getValue(),
                    comment.getValue(),
                    reason.getValue(),
                    scaleConfirmed);
            Notifications.success("Corrected " + saved.key());
            close();
            onSaved.accept(saved);
        } catch (ScaleGuardException ex) {
            var confirmScale = new ConfirmDialog("Is the unit right?", ex.getMessage(), "Save anyway", e -> save(true));
            confirmScale.setCancelable(true);
            confirmScale.setCancelText("Check again");
            confirmScale.open();
        } catch (ConcurrentEditException | NotFoundException | SeriesBusyException ex) {
            Notifications.error(ex);
        } catch (ValidationException ex) {
            show(
                    switch (ex.getField()) {
                        case QuoteRules.FIELD_HIGH -> high;
                        case QuoteRules.FIELD_MID -> mid;
                        case "reason" -> reason;
                        case "comment" -> comment;
                        default -> low;
                    },
                    ex.getMessage());
        }
    }

    /** The entry form's checks on the typed prices, every field at once; the service checks again. */
    private boolean pricesValid() {
        int scale = row.scale();
        var lowProblem = problem(low, QuoteRules.priceProblem(low.getValue(), "low", scale));
        var highProblem = problem(high, QuoteRules.priceProblem(high.getValue(), "high", scale));
        var midProblem = mid.isEmpty() ? null : problem(mid, QuoteRules.priceProblem(mid.getValue(), "mid", scale));
        if (lowProblem == null && highProblem == null) {
            highProblem = QuoteRules.highProblem(low.getValue(), high.getValue());
            if (midProblem == null) {
                midProblem = QuoteRules.midProblem(low.getValue(), high.getValue(), mid.getValue());
            }
        }
        show(low, lowProblem);
        show(high, highProblem);
        show(mid, midProblem);
        return lowProblem == null && highProblem == null && midProblem == null;
    }

    /** What was typed comes first: "abc" is not a number before it is a missing price. */
    private static @Nullable String problem(PriceField field, @Nullable String ruleProblem) {
        return field.textProblem() != null ? field.textProblem() : ruleProblem;
    }

    private static void show(HasValidation field, @Nullable String message) {
        if (message != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }
}
