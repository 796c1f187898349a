package app.neodesk.base.ui;

import app.neodesk.base.ConcurrentEditException;
import app.neodesk.base.NotFoundException;
import app.neodesk.base.ValidationException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.ModalityMode;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The dialog every admin view edits in: a form (a {@link RecordForm}),
 * Save and Cancel. Enter saves, Escape cancels.
 * <p>
 * Saving takes the form's value only when the input is valid, then calls {@code save} (a service
 * call). A {@link ValidationException} is shown at the field it names; a
 * {@link ConcurrentEditException} shows a "changed by someone else" message with a Reload button,
 * and the user's input stays visible until they choose to reload. On success the dialog closes and
 * {@code onSaved} gets what {@code save} returned.
 */
public class EditorDialog<T> extends Dialog {

    private final FormBase<T> form;
    private final UnaryOperator<T> save;
    private final UnaryOperator<T> reload;
    private final Consumer<T> onSaved;
    private final Div problem = new Div();
    private final Span problemText = new Span();
    private final Button reloadButton = new Button("Reload", VaadinIcon.REFRESH.create());
    private final Button saveButton = new Button("Save");
    private final Div footerStart = new Div();

    /**
     * @param save    saves the bean through a service and returns the saved entity
     * @param reload  reads the bean's current state again (after a concurrent edit)
     * @param onSaved called after a successful save, e.g. to notify and refresh a grid
     */
    public EditorDialog(
            String title, FormBase<T> form, UnaryOperator<T> save, UnaryOperator<T> reload, Consumer<T> onSaved) {
        this.form = form;
        this.save = save;
        this.reload = reload;
        this.onSaved = onSaved;
        setHeaderTitle(title);
        addClassName("editor-dialog");
        setWidth("min(44rem, 100vw)");
        setCloseOnOutsideClick(false);
        // Also on the server: nothing behind the dialog reacts while it is open.
        setModality(ModalityMode.STRICT);
        setCloseOnEsc(false);

        problem.addClassName("editor-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.add(VaadinIcon.WARNING.create(), problemText, reloadButton);
        problem.setVisible(false);
        reloadButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reloadButton.addClickListener(e -> reload());
        add(problem, form);

        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.addClickListener(e -> save());
        saveButton.addClickShortcut(Key.ENTER).listenOn(this);
        var cancel = new Button("Cancel", e -> close());
        Shortcuts.addShortcutListener(this, this::close, Key.ESCAPE).listenOn(this);
        // Enter on a focused footer button activates only that button.
        Shortcuts.addShortcutListener(this, () -> {}, Key.ENTER)
                .listenOn(cancel, saveButton, reloadButton)
                .allowBrowserDefault();
        footerStart.addClassName("editor-footer-start");
        getFooter().add(footerStart, cancel, saveButton);
    }

    /** Shows {@code bean} in the form and opens the dialog. */
    public void open(T bean) {
        form.edit(bean);
        hideProblem();
        open();
    }

    /** Adds a secondary action at the start of the footer, e.g. "Reset password". */
    public void addFooterAction(Button action) {
        Shortcuts.addShortcutListener(this, () -> {}, Key.ENTER)
                .listenOn(action)
                .allowBrowserDefault();
        footerStart.add(action);
    }

    /** Runs {@code action} whenever the dialog closes, saved or not, e.g. to clear a grid's selection. */
    public void onClose(Runnable action) {
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                action.run();
            }
        });
    }

    private void save() {
        hideProblem();
        form.writeIfValid().ifPresent(bean -> {
            T saved;
            try {
                saved = save.apply(bean);
            } catch (ValidationException e) {
                if (!form.showError(e)) {
                    showProblem(e.getMessage(), false);
                }
                return;
            } catch (ConcurrentEditException e) {
                showProblem(e.getMessage(), true);
                saveButton.setEnabled(false);
                return;
            }
            close();
            onSaved.accept(saved);
        });
    }

    private void reload() {
        form.getBean().ifPresent(bean -> {
            try {
                form.edit(reload.apply(bean));
                hideProblem();
            } catch (NotFoundException e) {
                showProblem(e.getMessage() + ". Close this dialog and choose again.", false);
            }
        });
    }

    private void showProblem(String message, boolean canReload) {
        problemText.setText(message);
        reloadButton.setVisible(canReload);
        problem.setVisible(true);
    }

    private void hideProblem() {
        problem.setVisible(false);
        problemText.setText("");
        saveButton.setEnabled(true);
    }
}
