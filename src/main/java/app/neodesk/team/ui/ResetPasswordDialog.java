package app.neodesk.team.ui;

import app.neodesk.base.ValidationException;
import app.neodesk.base.ui.Notifications;
import app.neodesk.team.PasswordPolicy;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.ModalityMode;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.function.Consumer;

/** Asks an admin for a temporary password; the user must replace it at next sign-in. */
public class ResetPasswordDialog extends Dialog {

    final PasswordField temporary = new PasswordField("Temporary password");

    /** @param reset sets the password through the service; throws ValidationException if it breaks the policy */
    public ResetPasswordDialog(String username, Consumer<String> reset) {
        setHeaderTitle("Reset password of " + username);
        setCloseOnOutsideClick(false);
        // Also on the server: nothing behind the dialog reacts while it is open.
        setModality(ModalityMode.STRICT);
        temporary.setWidthFull();
        temporary.setHelperText(PasswordPolicy.HINT + ". Tell it to " + username + " in person or by phone.");
        add(new Paragraph(username + " must choose a new password at the next sign-in."), temporary);

        var set = new Button("Set temporary password", e -> {
            try {
                reset.accept(temporary.getValue());
            } catch (ValidationException ex) {
                temporary.setErrorMessage(ex.getMessage());
                temporary.setInvalid(true);
                temporary.focus();
                return;
            }
            close();
            Notifications.success("Temporary password set for " + username);
        });
        set.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        set.addClickShortcut(Key.ENTER).listenOn(this);
        var cancel = new Button("Cancel", e -> close());
        Shortcuts.addShortcutListener(this, () -> {}, Key.ENTER)
                .listenOn(cancel, set)
                .allowBrowserDefault();
        getFooter().add(cancel, set);
        setWidth("min(28rem, 100vw)");
        temporary.focus();
    }
}
