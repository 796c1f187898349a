package app.neodesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskViewTest;
import app.neodesk.quote.ui.QuoteEntryView;
import app.neodesk.security.SystemAuthentication;
import app.neodesk.team.Role;
import app.neodesk.team.UserData;
import app.neodesk.team.UserService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockPage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An open tab follows an admin's change of its user's account: it leaves the page for the login
 * page at once, so a demoted analyst's open quote form is gone before they can save it.
 */
@NeodeskViewTest
class OpenUiRevocationTest extends SpringBrowserlessTest {

    @Autowired
    UserService users;

    /** Before the first UI opens (it opens the start page as the signed-in user). */
    @BeforeAll
    static void createUsers(@Autowired UserService users) {
        for (var name : List.of("ui.demoted", "ui.other")) {
            SystemAuthentication.run(() -> users.bootstrap(
                    name, "Test " + name, "ui-password-2026", false, true, Set.of(Role.ANALYST), List.of()));
        }
    }

    @Test
    @WithMockUser(username = "ui.demoted", roles = "ANALYST")
    // Commits for real: open views are told after the role change commits.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void demotedAnalystsOpenQuoteFormGoesToTheLoginPage() {
        navigate(QuoteEntryView.class);
        var save = find(Button.class).withText("Save quote").single();

        change("ui.demoted", u -> u.withRoles(Set.of(Role.VIEWER)));
        endOfRequest();

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(save.isAttached())
                .as("the quote form and its Save button are gone")
                .isFalse();
        assertThat(((MockPage) UI.getCurrent().getPage()).getLastExternalNavigationURL())
                .as("then the browser loads the login page, which signs the old session out")
                .isEqualTo("login");
    }

    @Test
    @WithMockUser(username = "ui.demoted", roles = "ANALYST")
    void changingAnotherUserLeavesThisTabAlone() {
        navigate(QuoteEntryView.class);

        change("ui.other", u -> u.withRoles(Set.of(Role.VIEWER)));
        endOfRequest();

        assertThat(getCurrentView()).isInstanceOf(QuoteEntryView.class);
    }

    /**
     * The admin's change reaches this tab through {@code UI.access}, which runs once the tab's
     * session lock is free; the test holds that lock, as a request would, until here.
     */
    private static void endOfRequest() {
        var session = VaadinSession.getCurrent();
        session.unlock();
        session.lock();
    }

    private void change(String username, UnaryOperator<UserData> edit) {
        SystemAuthentication.run(() -> {
            var user = users.findAll().stream()
                    .filter(u -> u.getUsername().equals(username))
                    .findFirst()
                    .orElseThrow();
            var fresh = users.get(user.requireId());
            users.update(fresh.requireId(), fresh.getVersion(), edit.apply(UserData.of(fresh)));
        });
    }
}
