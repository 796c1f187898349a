package app.neodesk.dashboard.ui;

import app.neodesk.NeodeskSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

@NeodeskSpringTest
class DashboardViewTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void traderSeesWhoIsSignedInAndNoQuoteEntryShortcut() {
        navigate(DashboardView.class);
        assertThat($(Paragraph.class).withClassName("signed-in-user").single().getText())
                .contains("trader").contains("Viewer").contains("Desk A");
        assertThat($(Anchor.class).withClassName("shortcut-quote-entry").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void analystGetsQuoteEntryShortcut() {
        navigate(DashboardView.class);
        assertThat($(Anchor.class).withClassName("shortcut-quote-entry").single().getHref()).isEqualTo("quotes/new");
    }
}
