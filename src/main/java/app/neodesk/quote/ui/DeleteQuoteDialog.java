package app.neodesk.quote.ui;

import app.neodesk.base.ConcurrentEditException;
import app.neodesk.base.NotFoundException;
import app.neodesk.base.ValidationException;
import app.neodesk.base.ui.Notifications;
import app.neodesk.quote.Quote;
import app.neodesk.quote.QuoteRow;
import app.neodesk.quote.QuoteService;
import app.neodesk.quote.SeriesBusyException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** Deletes a quote (admins only) with a reason. The quote stays in the database and the audit trail. */
public class DeleteQuoteDialog extends Dialog {

    final TextField reason = new TextField("Reason for deleting");
    final Button delete = new Button("Delete quote");

    public DeleteQuoteDialog(QuoteService quotes, QuoteRow row, Runnable onDeleted) {
        setHeaderTitle("Delete " + row.key() + "?");
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setMaxLength(Quote.REASON_MAX_LENGTH);
        add(
                new Paragraph("The quote disappears from the history and charts. It is kept in the database and the"
                        + " audit trail."),
                reason);
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> {
            try {
                quotes.delete(row.id(), row.version(), reason.getValue());
                Notifications.success("Deleted " + row.key());
                close();
                onDeleted.run();
            } catch (ConcurrentEditException | NotFoundException | SeriesBusyException ex) {
                Notifications.error(ex);
            } catch (ValidationException ex) {
                reason.setErrorMessage(ex.getMessage());
                reason.setInvalid(true);
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), delete);
    }
}
