package app.neodesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.team.Role;
import app.neodesk.team.UserData;
import app.neodesk.team.UserService;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Sign-in through the real form login of the security filter chain (its own AuthenticationManager,
 * bcrypt, the database), from chosen client addresses. 198.51.100.7 is the trusted address of the
 * test profile.
 */
@NeodeskSpringTest
class SignInFormTest {

    static final String PASSWORD = "right-password-2026";
    static final String TRUSTED = "198.51.100.7";

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserService users;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void fourFailuresDoNotBlockTheName() throws Exception {
        createUser("form.four", Role.VIEWER, true);
        for (int i = 1; i <= 4; i++) {
            assertThat(refusal(signIn("form.four", "wrong-" + i, "203.0.113.1")))
                    .as("failure %d", i)
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThat(signedIn(signIn("form.four", PASSWORD, "203.0.113.1")))
                .as("after 4 failures the right password still signs in")
                .isTrue();
    }

    @Test
    void fifthFailureBlocksTheNameEvenForTheRightPassword() throws Exception {
        createUser("form.five", Role.VIEWER, true);
        for (int i = 1; i <= 4; i++) {
            assertThat(refusal(signIn("form.five", "wrong-" + i, "203.0.113.2")))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThat(refusal(signIn("form.five", "wrong-5", "203.0.113.2")))
                .isInstanceOf(LockedException.class)
                .hasMessage("Too many failed sign-in attempts for this user name. Try again in 15 minutes.");
        assertThat(refusal(signIn("form.five", PASSWORD, "203.0.113.3")))
                .as("blocked from every address")
                .isInstanceOf(LockedException.class);
    }

    @Test
    void otherCaseAndSurroundingSpacesCountAgainstTheSameName() throws Exception {
        createUser("form.case", Role.VIEWER, true);
        var spellings = new String[] {"form.case", "FORM.CASE", " form.case", "Form.Case ", "form.CASE"};
        for (int i = 0; i < 4; i++) {
            assertThat(refusal(signIn(spellings[i], "wrong-" + i, "203.0.113.4")))
                    .as("failure %d as '%s'", i + 1, spellings[i])
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThat(refusal(signIn(spellings[4], "wrong-4", "203.0.113.4")))
                .as("the fifth failure under any spelling blocks the name")
                .isInstanceOf(LockedException.class);
        assertThat(refusal(signIn("form.case", PASSWORD, "203.0.113.5"))).isInstanceOf(LockedException.class);
    }

    @Test
    void disabledAccountAnswersExactlyLikeAWrongPassword() throws Exception {
        createUser("form.enabled", Role.VIEWER, true);
        createUser("form.disabled", Role.VIEWER, false);
        var wrongForEnabled = refusal(signIn("form.enabled", "wrong-password", "203.0.113.4"));
        var wrongForDisabled = refusal(signIn("form.disabled", "wrong-password", "203.0.113.4"));
        var rightForDisabled = refusal(signIn("form.disabled", PASSWORD, "203.0.113.4"));
        var unknown = refusal(signIn("form.nobody", "wrong-password", "203.0.113.4"));

        for (var refusal : new Exception[] {wrongForDisabled, rightForDisabled, unknown}) {
            assertThat(refusal)
                    .isExactlyInstanceOf(BadCredentialsException.class)
                    .hasMessage(wrongForEnabled.getMessage());
        }
    }

    @Test
    void twentyFailuresFromOneAddressBlockThatAddressForEveryName() throws Exception {
        createUser("form.victim", Role.VIEWER, true);
        String attacker = "203.0.113.66";
        for (int i = 1; i <= 19; i++) {
            assertThat(refusal(signIn("spray-" + i, "guess", attacker)))
                    .as("failure %d", i)
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThat(refusal(signIn("spray-20", "guess", attacker)))
                .isInstanceOf(LockedException.class)
                .hasMessage("Too many failed sign-in attempts from your network address. Try again in 15 minutes.");
        assertThat(refusal(signIn("form.victim", PASSWORD, attacker)))
                .as("even a right password from the blocked address")
                .isInstanceOf(LockedException.class);
        assertThat(signedIn(signIn("form.victim", PASSWORD, "203.0.113.67")))
                .as("the same account from another address")
                .isTrue();
    }

    @Test
    void adminSignsInFromATrustedAddressWhileTheNameIsBlocked() throws Exception {
        createUser("form.admin", Role.ADMIN, true);
        for (int i = 1; i <= 5; i++) {
            signIn("form.admin", "wrong-" + i, "203.0.113.9");
        }
        assertThat(refusal(signIn("form.admin", PASSWORD, "203.0.113.9"))).isInstanceOf(LockedException.class);
        assertThat(refusal(signIn("form.admin", "wrong-again", TRUSTED)))
                .as("a trusted address still needs the right password")
                .isInstanceOf(LockedException.class);
        assertThat(signedIn(signIn("form.admin", PASSWORD, TRUSTED))).isTrue();
    }

    @Test
    void nonAdminStaysBlockedEvenFromATrustedAddress() throws Exception {
        createUser("form.trader", Role.ANALYST, true);
        for (int i = 1; i <= 5; i++) {
            signIn("form.trader", "wrong-" + i, "203.0.113.10");
        }
        assertThat(refusal(signIn("form.trader", PASSWORD, TRUSTED))).isInstanceOf(LockedException.class);
    }

    @Test
    void trustedAddressHasNoAddressLimit() throws Exception {
        createUser("form.office", Role.VIEWER, true);
        for (int i = 1; i <= 25; i++) {
            signIn("typo-" + i, "guess", TRUSTED);
        }
        assertThat(signedIn(signIn("form.office", PASSWORD, TRUSTED))).isTrue();
    }

    private void createUser(String username, Role role, boolean enabled) {
        var user = new UserData(username, "Test " + username, Set.of(role), Set.of(), enabled);
        SystemAuthentication.run(() -> users.create(user, PASSWORD));
    }

    MvcResult signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", password)
                        .with(from(address)))
                .andReturn();
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static boolean signedIn(MvcResult result) {
        return result.getResponse().getStatus() == 302
                && !Objects.requireNonNull(result.getResponse().getRedirectedUrl())
                        .contains("login");
    }

    /** What the login page shows: the exception the failed sign-in left in the session. */
    static Exception refusal(MvcResult result) {
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        var session = Objects.requireNonNull(result.getRequest().getSession(false));
        return (Exception) Objects.requireNonNull(session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION));
    }
}
