package app.neodesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskViewTest;
import app.neodesk.quote.ui.HistoryView;
import app.neodesk.security.SystemAuthentication;
import app.neodesk.team.Role;
import app.neodesk.team.UserService;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** A user who signed in with a one-time password reaches no other page before changing it. */
@NeodeskViewTest
class PasswordChangeGuardTest extends SpringBrowserlessTest {

    private static final String ONE_TIME = "one-time-password-1";

    /** Before the first UI opens (it opens the start page as the signed-in user). */
    @BeforeAll
    static void createUsers(@Autowired UserService users) {
        SystemAuthentication.run(() -> {
            users.bootstrap("guard.new", "Guard New", ONE_TIME, true, true, Set.of(Role.VIEWER), List.of());
            users.bootstrap("guard.done", "Guard Done", ONE_TIME, false, true, Set.of(Role.VIEWER), List.of());
        });
    }

    @Test
    @WithMockUser(username = "guard.new", roles = "VIEWER")
    void aUserWithAOneTimePasswordIsSentToThePasswordPageFromAnyPage() {
        navigate("history", ChangePasswordView.class);
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
        navigate("drivers", ChangePasswordView.class);
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
    }

    @Test
    @WithMockUser(username = "guard.done", roles = "VIEWER")
    void aUserWithTheirOwnPasswordGoesWhereTheyAsked() {
        navigate(HistoryView.class);
        assertThat(getCurrentView()).isInstanceOf(HistoryView.class);
    }
}
