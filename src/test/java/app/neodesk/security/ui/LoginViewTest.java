package app.neodesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.security.DemoProperties;
import app.neodesk.security.LoginThrottleProperties;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The demo accounts are listed on the login page only in demo mode. */
class LoginViewTest {

    private static final LoginThrottleProperties THROTTLE =
            LoginThrottleProperties.perName(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

    @Test
    void demoAccountsAreHiddenOutsideDemoMode() {
        var view = new LoginView(new DemoProperties(false, false), THROTTLE);
        assertThat(view.getElement().getTextRecursively())
                .doesNotContain("trader2")
                .doesNotContain("demo");
    }

    @Test
    void demoAccountsAreListedInDemoMode() {
        var view = new LoginView(new DemoProperties(true, false), THROTTLE);
        assertThat(view.getElement().getTextRecursively()).contains("trader2").contains("password demo");
    }
}
