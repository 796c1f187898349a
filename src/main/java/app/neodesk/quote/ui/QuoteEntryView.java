package app.neodesk.quote.ui;

import app.neodesk.base.NotFoundException;
import app.neodesk.base.ValidationException;
import app.neodesk.base.ui.Headings;
import app.neodesk.base.ui.Notifications;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import app.neodesk.quote.DuplicateQuoteException;
import app.neodesk.quote.LargeMoveException;
import app.neodesk.quote.PriceFormat;
import app.neodesk.quote.QuoteDraft;
import app.neodesk.quote.QuoteRow;
import app.neodesk.quote.QuoteService;
import app.neodesk.quote.ScaleGuardException;
import app.neodesk.quote.SeriesBusyException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/**
 * Quote entry for analysts and admins. Enter saves, after which the form is ready for the next
 * quote, so a day's quotes can be typed in a row without the mouse.
 */
@Route("quotes/new")
@PageTitle("Enter quotes · Neodesk")
@Menu(order = 11, icon = "vaadin:plus-circle-o", title = "Enter quotes")
@RolesAllowed({"ANALYST", "ADMIN"})
public class QuoteEntryView extends VerticalLayout {

    final QuoteForm form;
    final Button save = new Button("Save quote");
    final Div saved = new Div();
    final Span missing = new Span();
    private final QuoteService quotes;

    public QuoteEntryView(QuoteService quotes, ProductService products, SourceService sources, Clock clock) {
        this.quotes = quotes;
        addClassName("quote-entry-view");
        form = new QuoteForm(
                products.findActive(),
                products.aliasIndex(),
                sources.findAll(),
                sources.aliasIndex(),
                clock,
                quotes.earliestDate(),
                quotes::previous);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        save.addClickListener(e -> save());
        missing.addClassName("missing-fields");
        missing.getElement().setAttribute("role", "status");
        saved.addClassName("saved-quotes");
        add(
                Headings.viewTitle("Enter quotes"),
                new Paragraph(
                        "Type a product or source code or alias, Tab between fields, Enter saves a complete quote. "
                                + "After saving, source and date stay for the next quote."),
                form,
                new HorizontalLayout(save, missing),
                saved);
    }

    /** Saves a complete form; an incomplete one says what is missing, saves nothing and keeps every value. */
    private void save() {
        var draft = form.draft();
        missing.setText(draft.isPresent() ? "" : "Not saved yet: check " + String.join(", ", form.problems()));
        draft.ifPresent(this::enter);
    }

    private void enter(QuoteDraft draft) {
        try {
            var row = quotes.enter(draft);
            onSaved(row);
        } catch (DuplicateQuoteException e) {
            offerExisting(e);
        } catch (ScaleGuardException e) {
            var confirmScale = new ConfirmDialog(
                    "Is the unit right?", e.getMessage(), "Save anyway", ev -> enter(draft.withScaleConfirmed()));
            confirmScale.setCancelable(true);
            confirmScale.setCancelText("Check again");
            confirmScale.open();
        } catch (LargeMoveException e) {
            var confirm =
                    new ConfirmDialog("Large move", e.getMessage(), "Save anyway", ev -> enter(draft.confirmed()));
            confirm.setCancelable(true);
            confirm.setCancelText("Check again");
            confirm.open();
        } catch (ValidationException e) {
            if (!form.showError(e)) {
                Notifications.error(e.getMessage());
            }
        } catch (SeriesBusyException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void offerExisting(DuplicateQuoteException e) {
        var dialog = new ConfirmDialog("Quote exists already", e.getMessage(), "Open it to correct", ev -> {
            try {
                new CorrectQuoteDialog(quotes, quotes.get(e.getExistingId()), row -> {}).open();
            } catch (NotFoundException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        dialog.setCancelable(true);
        dialog.open();
    }

    private void onSaved(QuoteRow row) {
        var change = row.change();
        var line = new Span(row.key() + " · mid " + PriceFormat.price(row.mid(), row.scale())
                + (change.isPresent()
                        ? " · " + PriceFormat.changeAmount(change, row.scale()) + " ("
                                + PriceFormat.changePercent(change) + ")"
                        : " · first quote"));
        line.addClassNames("saved-quote", PriceFormat.cssClass(change));
        saved.addComponentAsFirst(new Div(line));
        Notifications.success("Saved " + row.key());
        form.readyForNext();
    }
}
