package app.neodesk.security.ui;

import app.neodesk.base.ui.FocusWhenShown;
import app.neodesk.security.DemoProperties;
import app.neodesk.security.LoginThrottleProperties;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * The sign-in page. In demo mode it lists the demo accounts. A refused sign-in says either that
 * sign-in is blocked (too many failures) or that the name or password is wrong; nothing tells a
 * stranger whether an account exists or is disabled.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Neodesk")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();
    private final LoginThrottleProperties throttle;

    public LoginView(DemoProperties demo, LoginThrottleProperties throttle) {
        this.throttle = throttle;
        addClassName("login-view");
        // The page's one landmark: this view has no app layout around it.
        getElement().setAttribute("role", "main");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        var title = new H1("Neodesk");
        title.addClassName("login-title");
        var tagline = new Paragraph("Rare-earth price desk");
        tagline.addClassName("login-tagline");
        add(title, tagline, login);
        // the form's own autofocus runs while the page is still hidden, so it never lands
        FocusWhenShown.focus(login, "input[name='username']");

        if (demo.enabled()) {
            var accounts = new Div();
            accounts.addClassName("demo-accounts");
            accounts.add(
                    new Span("Demo accounts (password "),
                    code("demo"),
                    new Span("): "),
                    code("admin"),
                    new Span(" admin · "),
                    code("analyst"),
                    new Span(" analyst, Desk A · "),
                    code("trader"),
                    new Span(" trader, Desk A · "),
                    code("trader2"),
                    new Span(" trader, Desk B"));
            add(accounts);
        }
    }

    private static Span code(String text) {
        var span = new Span(text);
        span.addClassName("code");
        return span;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            return;
        }
        var i18n = LoginI18n.createDefault();
        var error = i18n.getErrorMessage();
        var session = VaadinSession.getCurrent();
        Object cause =
                session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (cause instanceof LockedException locked) {
            error.setTitle("Sign-in blocked");
            error.setMessage(locked.getMessage());
        } else {
            error.setTitle("Incorrect user name or password");
            error.setMessage("Check the user name and password and try again. After " + throttle.maxFailures()
                    + " failed attempts sign-in is blocked for "
                    + throttle.lockout().toMinutes() + " minutes.");
        }
        i18n.setErrorMessage(error);
        login.setI18n(i18n);
        login.setError(true);
    }
}
