package app.neodesk.security.ui;

import app.neodesk.security.DemoProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo accounts are listed on the login page only in demo mode. */
class LoginViewTest {

    @Test
    void demoAccountsAreHiddenOutsideDemoMode() {
        var view = new LoginView(new DemoProperties(false, false));
        assertThat(view.getElement().getTextRecursively()).doesNotContain("trader2").doesNotContain("demo");
    }

    @Test
    void demoAccountsAreListedInDemoMode() {
        var view = new LoginView(new DemoProperties(true, false));
        assertThat(view.getElement().getTextRecursively()).contains("trader2").contains("password demo");
    }
}
