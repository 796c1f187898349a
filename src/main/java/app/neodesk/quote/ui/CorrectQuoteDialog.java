package app.neodesk.quote.ui;

import app.neodesk.base.ConcurrentEditException;
import app.neodesk.base.NotFoundException;
import app.neodesk.base.ValidationException;
import app.neodesk.base.ui.Editing;
import app.neodesk.base.ui.Notifications;
import app.neodesk.quote.PriceFormat;
import app.neodesk.quote.QuoteRow;
import app.neodesk.quote.QuoteService;
import app.neodesk.quote.ScaleGuardException;
import app.neodesk.quote.SeriesBusyException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Corrects a quote's prices with a reason; the service keeps the old values as a revision. The
 * fields are a {@link CorrectionForm} bound to {@link CorrectionValues}; a unit that looks wrong
 * asks "Is the unit right?" before saving.
 */
public class CorrectQuoteDialog extends Dialog {

    final CorrectionForm form;
    final Button save = new Button("Save correction");

    private final QuoteService quotes;
    private final Consumer<QuoteRow> onSaved;

    public CorrectQuoteDialog(QuoteService quotes, QuoteRow row, Consumer<QuoteRow> onSaved) {
        this.quotes = quotes;
        this.onSaved = onSaved;
        int scale = row.scale();
        form = new CorrectionForm(scale, row.unit().label());
        setHeaderTitle("Correct " + row.key());
        form.edit(new Editing<>(
                row.id(),
                row.version(),
                new CorrectionValues(
                        PriceFormat.atScale(row.low(), scale),
                        PriceFormat.atScale(row.high(), scale),
                        PriceFormat.atScale(row.mid(), scale),
                        row.comment(),
                        "")));
        add(
                new Paragraph("Published as " + PriceFormat.price(row.low(), scale) + "–"
                        + PriceFormat.price(row.high(), scale) + " mid " + PriceFormat.price(row.mid(), scale)
                        + ". The current values are kept as a revision."),
                form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        save.addClickListener(e -> save(false));
        var cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                form.low.focus();
            }
        });
    }

    private void save(boolean scaleConfirmed) {
        form.writeIfValid().ifPresent(edited -> {
            var id = Objects.requireNonNull(edited.id());
            var v = edited.values();
            try {
                var saved = quotes.correct(
                        id, edited.version(), v.low(), v.high(), v.mid(), v.comment(), v.reason(), scaleConfirmed);
                Notifications.success("Corrected " + saved.key());
                close();
                onSaved.accept(saved);
            } catch (ScaleGuardException ex) {
                var confirmScale =
                        new ConfirmDialog("Is the unit right?", ex.getMessage(), "Save anyway", e -> save(true));
                confirmScale.setCancelable(true);
                confirmScale.setCancelText("Check again");
                confirmScale.open();
            } catch (ConcurrentEditException | NotFoundException | SeriesBusyException ex) {
                Notifications.error(ex);
            } catch (ValidationException ex) {
                if (!form.showError(ex)) {
                    Notifications.error(ex.getMessage());
                }
            }
        });
    }
}
