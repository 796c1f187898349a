package app.neodesk.security.ui;

import app.neodesk.team.UserService;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/**
 * Sends a user who signed in with a one-time (or admin-reset) password to the password page
 * before any other view.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final UserService users;
    private final AuthenticationContext authentication;

    PasswordChangeGuard(UserService users, AuthenticationContext authentication) {
        this.users = users;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        var target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class || !authentication.isAuthenticated()) {
            return;
        }
        if (users.mustChangePassword()) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
