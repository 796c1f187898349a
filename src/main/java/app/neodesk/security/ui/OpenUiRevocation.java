package app.neodesk.security.ui;

import app.neodesk.team.AccountChanged;
import app.neodesk.team.OwnPasswordChanged;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends a user's open tabs to the login page when an admin changes their account (after commit).
 * Each tab first shows the login view, so the page it showed (e.g. a demoted analyst's quote form)
 * is gone at once over push, then loads the login page afresh: that request meets the session
 * that {@code SessionRevocation} marked expired, which signs it out.
 */
@Component
class OpenUiRevocation implements VaadinServiceInitListener {

    /** Relative to the app's base URL, so it works under any context path. */
    static final String LOGIN = "login";

    private final AuthenticationContext authentication;
    private final Map<String, Set<UI>> uisByUser = new ConcurrentHashMap<>();

    OpenUiRevocation(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> track(e.getUI()));
    }

    /** A tab belongs to the user who was signed in when it opened; signing in or out loads a new page. */
    private void track(UI ui) {
        authentication.getPrincipalName().ifPresent(username -> {
            uisByUser
                    .computeIfAbsent(username, k -> ConcurrentHashMap.newKeySet())
                    .add(ui);
            ui.addDetachListener(e -> uisByUser.computeIfPresent(username, (k, uis) -> {
                uis.remove(ui);
                return uis.isEmpty() ? null : uis;
            }));
        });
    }

    @TransactionalEventListener
    void on(AccountChanged event) {
        toLogin(event.username(), null);
    }

    /** After a user changed their own password: their tabs in other sessions go to the login page. */
    @TransactionalEventListener
    void on(OwnPasswordChanged event) {
        var current = VaadinSession.getCurrent();
        toLogin(event.username(), current == null ? null : current.getSession().getId());
    }

    private void toLogin(String username, @Nullable String keepSessionId) {
        for (UI ui : List.copyOf(uisByUser.getOrDefault(username, Set.of()))) {
            var session = ui.getSession();
            if (keepSessionId != null
                    && session != null
                    && keepSessionId.equals(session.getSession().getId())) {
                continue;
            }
            try {
                ui.access(() -> {
                    ui.navigate(LoginView.class);
                    ui.getPage().setLocation(LOGIN);
                });
            } catch (UIDetachedException closedMeanwhile) {
                // Nothing to send it to.
            }
        }
    }
}
