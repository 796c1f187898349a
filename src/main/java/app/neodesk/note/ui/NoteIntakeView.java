package app.neodesk.note.ui;

import app.neodesk.base.ValidationException;
import app.neodesk.base.ui.Headings;
import app.neodesk.base.ui.Notifications;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.Source;
import app.neodesk.catalog.SourceService;
import app.neodesk.note.NoteConfirmation;
import app.neodesk.note.NoteDrafts;
import app.neodesk.note.NoteIntakeService;
import app.neodesk.note.NoteQuoteDraft;
import app.neodesk.note.NoteResult;
import app.neodesk.note.NoteSaveException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Market-note intake: paste a note, extract quote and driver drafts, review and edit them, save
 * the included ones in one go. Nothing is stored before "Save …".
 */
@Route("quotes/note")
@PageTitle("Market note · Neodesk")
@Menu(order = 12, icon = "vaadin:file-text-o", title = "Market note")
@RolesAllowed({"ANALYST", "ADMIN"})
public class NoteIntakeView extends VerticalLayout {

    final TextArea text = new TextArea("Market note");
    final Button extract = new Button("Extract drafts");
    final Div messages = new Div();
    final VerticalLayout quoteDrafts = new VerticalLayout();
    final VerticalLayout driverDrafts = new VerticalLayout();
    final Button save = new Button();
    final NoteResultPanel result = new NoteResultPanel();
    final List<QuoteDraftEditor> quoteEditors = new ArrayList<>();
    final List<DriverDraftEditor> driverEditors = new ArrayList<>();
    private final NoteIntakeService intake;
    private final List<Product> products;
    private final List<Source> sources;

    public NoteIntakeView(NoteIntakeService intake, ProductService products, SourceService sources) {
        this.intake = intake;
        this.products = products.findAll();
        this.sources = sources.findAll();
        addClassName("note-intake-view");
        setMaxWidth("70em");
        text.setWidthFull();
        text.setMinHeight("10em");
        text.setMaxHeight("24em");
        text.setHelperText("Paste the text of an agency note in English or Chinese (up to "
                + String.format(Locale.ROOT, "%,d", NoteIntakeService.MAX_TEXT_LENGTH)
                + " characters). Ctrl+Enter extracts.");
        extract.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        extract.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        extract.addClickListener(e -> extract());
        messages.addClassName("note-messages");
        quoteDrafts.setPadding(false);
        driverDrafts.setPadding(false);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.setVisible(false);
        add(
                Headings.viewTitle("Market note"),
                new Paragraph("Neodesk reads the note's date, source, prices and sections into drafts. Check them, "
                        + "then save: nothing is stored before."),
                text,
                extract,
                messages,
                quoteDrafts,
                driverDrafts,
                save,
                result);
        text.focus();
    }

    private void extract() {
        NoteDrafts drafts;
        try {
            drafts = intake.extract(text.getValue());
        } catch (ValidationException e) {
            text.setInvalid(true);
            text.setErrorMessage(e.getMessage());
            return;
        }
        text.setInvalid(false);
        result.clear();
        show(drafts);
    }

    private void show(NoteDrafts drafts) {
        messages.removeAll();
        drafts.messages().forEach(m -> messages.add(new Paragraph(m)));
        if (drafts.source() != null && drafts.sourcesNamed().size() > 1) {
            messages.add(new Paragraph("Source: " + drafts.source().getName() + " (named as where the data comes from; "
                    + "the note also names "
                    + String.join(
                            ", ",
                            drafts.sourcesNamed().stream()
                                    .filter(s -> !s.equals(drafts.source()))
                                    .map(Source::getName)
                                    .toList())
                    + ")"));
        }
        quoteDrafts.removeAll();
        quoteEditors.clear();
        driverDrafts.removeAll();
        driverEditors.clear();
        if (!drafts.quotes().isEmpty()) {
            quoteDrafts.add(Headings.section("Quotes (" + drafts.quotes().size() + ")"));
        }
        for (var q : drafts.quotes()) {
            var editor = new QuoteDraftEditor(q, products, sources, this::redraft, this::updateSave);
            quoteEditors.add(editor);
            quoteDrafts.add(editor);
        }
        if (!drafts.drivers().isEmpty()) {
            driverDrafts.add(Headings.section("Drivers (" + drafts.drivers().size() + ")"));
        }
        for (var d : drafts.drivers()) {
            var editor = new DriverDraftEditor(d, products, this::updateSave);
            driverEditors.add(editor);
            driverDrafts.add(editor);
        }
        updateSave();
    }

    private NoteQuoteDraft redraft(
            NoteQuoteDraft draft, @Nullable Long productId, @Nullable Long sourceId, @Nullable LocalDate date) {
        return intake.redraft(draft, productId, sourceId, date);
    }

    private void updateSave() {
        long q = quoteEditors.stream().filter(QuoteDraftEditor::included).count();
        long d = driverEditors.stream().filter(DriverDraftEditor::included).count();
        save.setText("Save " + q + (q == 1 ? " quote" : " quotes") + " and " + d + (d == 1 ? " driver" : " drivers"));
        save.setVisible(!quoteEditors.isEmpty() || !driverEditors.isEmpty());
        save.setEnabled(q + d > 0);
    }

    private void save() {
        var quotes = new ArrayList<NoteQuoteDraft>();
        for (var editor : quoteEditors) {
            var value = editor.value();
            if (value.isEmpty()) {
                Notifications.error("Check the prices of " + editor.label());
                return;
            }
            quotes.add(value.get());
        }
        var drivers = driverEditors.stream().map(DriverDraftEditor::value).toList();
        NoteResult saved;
        try {
            saved = intake.confirm(new NoteConfirmation(quotes, drivers));
        } catch (NoteSaveException | ValidationException e) {
            Notifications.error(e);
            return;
        }
        quoteDrafts.removeAll();
        quoteEditors.clear();
        driverDrafts.removeAll();
        driverEditors.clear();
        messages.removeAll();
        save.setVisible(false);
        result.show(saved, quotes);
        Notifications.success("Saved " + saved.quotes().size() + " quotes and "
                + saved.driverIds().size() + " drivers");
    }
}
