package app.neodesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.team.AppUser;
import app.neodesk.team.Role;
import app.neodesk.team.UserData;
import app.neodesk.team.UserService;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two people signed in over real HTTP (own cookies, Tomcat sessions). An admin demotes one of
 * them: that person's next page load goes to the login page and their open tab's next message is
 * answered "session expired"; the other person carries on.
 */
@NeodeskHttpTest
class SessionRevocationHttpTest {

    static final String PASSWORD = "http-session-pw-2026";

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Test
    void demotedAnalystIsSignedOutAtTheNextRequestWhileAnotherUserStaysSignedIn() {
        var demoted = create("http.demoted", Role.ANALYST);
        create("http.kept", Role.ANALYST);
        var tabOfDemoted = signedIn("http.demoted");
        var tabOfKept = signedIn("http.kept");
        assertThat(tabOfDemoted.get("/quotes/new").statusCode()).isEqualTo(200);

        SystemAuthentication.run(() -> {
            var user = users.get(demoted.requireId());
            users.update(user.requireId(), user.getVersion(), UserData.of(user).withRoles(Set.of(Role.VIEWER)));
        });

        var message = tabOfDemoted.uidl("{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":1,\"clientId\":1}");
        assertThat(message.body())
                .as("the open tab is told its session ended, nothing is processed")
                .contains("\"sessionExpired\":true");
        var page = tabOfDemoted.get("/quotes/new");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(HttpUser.location(page)).endsWith("/login");

        assertThat(tabOfKept.get("/quotes/new").statusCode())
                .as("the other analyst carries on")
                .isEqualTo(200);
    }

    @Test
    void disabledUserIsSignedOutAndCannotSignInAgain() {
        var disabled = create("http.disabled", Role.VIEWER);
        var tab = signedIn("http.disabled");

        SystemAuthentication.run(() -> {
            var user = users.get(disabled.requireId());
            users.update(user.requireId(), user.getVersion(), UserData.of(user).withEnabled(false));
        });

        var page = tab.get("/history");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(HttpUser.location(page)).endsWith("/login");
        assertThat(HttpUser.location(tab.signIn("http.disabled", PASSWORD))).endsWith("/login?error");
    }

    private AppUser create(String username, Role role) {
        return SystemAuthentication.call(
                () -> users.bootstrap(username, "Test " + username, PASSWORD, false, true, Set.of(role), List.of()));
    }

    private HttpUser signedIn(String username) {
        var user = new HttpUser(port);
        var response = user.signIn(username, PASSWORD);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(HttpUser.location(response)).as("signed in").doesNotContain("login");
        assertThat(user.get("/history").statusCode()).isEqualTo(200);
        return user;
    }
}
