package app.neodesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskViewTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** What the login page says after a refused sign-in: blocked, or wrong name or password; never "disabled". */
@NeodeskViewTest
class LoginErrorTest extends SpringBrowserlessTest {

    @Test
    void disabledAccountReadsExactlyLikeAWrongPassword() {
        var wrongPassword = errorAfter(new BadCredentialsException("Incorrect user name or password"));
        var disabled = errorAfter(new DisabledException("User is disabled"));

        assertThat(disabled).isEqualTo(wrongPassword);
        assertThat(disabled[0]).isEqualTo("Incorrect user name or password");
        assertThat(disabled[1])
                .contains("After 5 failed attempts sign-in is blocked for 15 minutes")
                .doesNotContainIgnoringCase("disabled");
    }

    @Test
    void blockedSignInSaysHowLongItLasts() {
        var blocked = errorAfter(new LockedException(
                "Too many failed sign-in attempts for this user name. " + "Try again in 15 minutes."));
        assertThat(blocked[0]).isEqualTo("Sign-in blocked");
        assertThat(blocked[1]).endsWith("Try again in 15 minutes.");
    }

    private static String field(String json, String name) {
        var matcher = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        assertThat(matcher.find()).as("%s in %s", name, json).isTrue();
        return matcher.group(1);
    }

    /** The title and message the login form shows after a sign-in failed with {@code cause}. */
    private String[] errorAfter(Exception cause) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, cause);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        var form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        // The texts the browser gets: the form's i18n property.
        var i18n = String.valueOf(form.getElement().getPropertyRaw("i18n"));
        var errorMessage = i18n.substring(i18n.indexOf("\"errorMessage\""));
        return new String[] {field(errorMessage, "title"), field(errorMessage, "message")};
    }
}
