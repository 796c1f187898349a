package app.neodesk.security.ui;

import app.neodesk.base.ValidationException;
import app.neodesk.base.ui.Headings;
import app.neodesk.base.ui.Notifications;
import app.neodesk.dashboard.ui.DashboardView;
import app.neodesk.team.PasswordPolicy;
import app.neodesk.team.UserService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

/** Every user changes their own password here; users with a one-time password are sent here first. */
@Route("account/password")
@PageTitle("Change password · Neodesk")
@PermitAll
public class ChangePasswordView extends VerticalLayout {

    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField fresh = new PasswordField("New password");
    private final PasswordField repeat = new PasswordField("Repeat new password");

    public ChangePasswordView(UserService users) {
        setMaxWidth("32rem");
        var mustChange = users.currentUser().isMustChangePassword();
        add(Headings.viewTitle("Change password"));
        if (mustChange) {
            add(new Paragraph("You signed in with a one-time password. Choose your own password to continue."));
        }
        fresh.setHelperText(PasswordPolicy.HINT);
        current.setRequired(true);
        fresh.setRequired(true);
        repeat.setRequired(true);
        current.focus();

        var save = new Button("Change password", e -> {
            current.setInvalid(false);
            fresh.setInvalid(false);
            repeat.setInvalid(false);
            if (!fresh.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage("The two new passwords differ");
                repeat.setInvalid(true);
                return;
            }
            try {
                users.changeOwnPassword(current.getValue(), fresh.getValue());
                Notifications.success("Your password was changed");
                getUI().ifPresent(ui -> ui.navigate(DashboardView.class));
            } catch (ValidationException ex) {
                var field = "currentPassword".equals(ex.getField()) ? current : fresh;
                field.setErrorMessage(ex.getMessage());
                field.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        var form = new FormLayout(current, fresh, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, save);
        if (!mustChange) {
            add(new RouterLink("Back to the dashboard", DashboardView.class));
        }
    }
}
