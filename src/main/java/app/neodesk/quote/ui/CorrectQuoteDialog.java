package app.neodesk.quote.ui;

import app.neodesk.base.ConcurrentEditException;
import app.neodesk.base.NotFoundException;
import app.neodesk.base.ValidationException;
import app.neodesk.base.ui.Notifications;
import app.neodesk.quote.PriceFormat;
import app.neodesk.quote.QuoteRow;
import app.neodesk.quote.QuoteRules;
import app.neodesk.quote.QuoteService;
import app.neodesk.quote.SeriesBusyException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import java.util.function.Consumer;

/** Corrects a quote's prices with a reason; the service keeps the old values as a revision. */
public class CorrectQuoteDialog extends Dialog {

    final BigDecimalField low = new BigDecimalField("Low");
    final BigDecimalField high = new BigDecimalField("High");
    final BigDecimalField mid = new BigDecimalField("Mid");
    final TextField comment = new TextField("Comment");
    final TextField reason = new TextField("Reason for the correction");
    final Button save = new Button("Save correction");

    public CorrectQuoteDialog(QuoteService quotes, QuoteRow row, Consumer<QuoteRow> onSaved) {
        setHeaderTitle("Correct " + row.key());
        int scale = row.scale();
        low.setValue(PriceFormat.atScale(row.low(), scale));
        high.setValue(PriceFormat.atScale(row.high(), scale));
        mid.setValue(PriceFormat.atScale(row.mid(), scale));
        comment.setValue(row.comment() == null ? "" : row.comment());
        reason.setRequired(true);
        reason.setMaxLength(app.neodesk.quote.Quote.REASON_MAX_LENGTH);
        reason.setPlaceholder("e.g. agency corrected its assessment");
        var form = new FormLayout(low, high, mid, comment, reason);
        form.setColspan(reason, 2);
        add(new Paragraph("Published as " + PriceFormat.price(row.low(), scale) + "–"
                + PriceFormat.price(row.high(), scale) + " mid " + PriceFormat.price(row.mid(), scale)
                + ". The current values are kept as a revision."), form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        save.addClickListener(e -> {
            for (var f : new com.vaadin.flow.component.HasValidation[]{low, high, mid, comment, reason}) {
                f.setInvalid(false);
            }
            try {
                var saved = quotes.correct(row.id(), row.version(), low.getValue(), high.getValue(), mid.getValue(),
                        comment.getValue(), reason.getValue());
                Notifications.success("Corrected " + saved.key());
                close();
                onSaved.accept(saved);
            } catch (ConcurrentEditException | NotFoundException | SeriesBusyException ex) {
                Notifications.error(ex.getMessage());
            } catch (ValidationException ex) {
                var target = switch (ex.getField()) {
                    case QuoteRules.FIELD_HIGH -> (com.vaadin.flow.component.HasValidation) high;
                    case QuoteRules.FIELD_MID -> mid;
                    case "reason" -> reason;
                    case "comment" -> comment;
                    default -> low;
                };
                target.setErrorMessage(ex.getMessage());
                target.setInvalid(true);
            }
        });
        var cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                low.focus();
            }
        });
    }
}
