package app.neodesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskViewTest;
import app.neodesk.dashboard.ui.DashboardView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.junit.jupiter.api.Test;

@NeodeskViewTest
class LoginRedirectTest extends SpringBrowserlessTest {

    @Test
    void anonymousUserOpeningDashboardIsSentToLogin() {
        navigate("", LoginView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat($(LoginForm.class).exists()).isTrue();
    }

    @Test
    void loginPageListsDemoAccountsInDemoMode() {
        var view = navigate(LoginView.class);
        assertThat(view.getElement().getTextRecursively()).contains("trader2").contains("password demo");
    }

    @Test
    void dashboardIsNotAnonymous() {
        assertThat(DashboardView.class.isAnnotationPresent(AnonymousAllowed.class))
                .isFalse();
    }
}
