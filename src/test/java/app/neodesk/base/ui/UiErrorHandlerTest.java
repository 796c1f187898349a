package app.neodesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskViewTest;
import app.neodesk.dashboard.ui.DashboardView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** An exception from a click or a push reaches the user as a plain sentence with an error id. */
@NeodeskViewTest
class UiErrorHandlerTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void unexpectedExceptionInAnEventShowsAPlainMessageWithAnErrorId() {
        navigate(DashboardView.class);
        var handler = VaadinSession.getCurrent().getErrorHandler();
        assertThat(handler).isInstanceOf(UiErrorHandler.class);

        handler.error(new ErrorEvent(new IllegalStateException(
                "SQL [select id from product for update]", new SQLException("Timeout trying to lock table"))));

        var text = test(find(Notification.class).last()).getText();
        assertThat(text)
                .startsWith("Something went wrong on our side (error id ")
                .contains("administrator")
                .doesNotContain("SQL")
                .doesNotContain("select")
                .doesNotContain("Exception");
    }
}
