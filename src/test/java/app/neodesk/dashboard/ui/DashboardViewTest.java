package app.neodesk.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskViewTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

@NeodeskViewTest
class DashboardViewTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void traderSeesWhoIsSignedInAndNoQuoteEntryShortcut() {
        navigate(DashboardView.class);
        assertThat($(Paragraph.class).withClassName("signed-in-user").single().getText())
                .contains("trader")
                .contains("Viewer")
                .contains("Desk A");
        assertThat($(Anchor.class).withClassName("shortcut-quote-entry").exists())
                .isFalse();
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void analystGetsQuoteEntryShortcut() {
        navigate(DashboardView.class);
        assertThat($(Anchor.class)
                        .withClassName("shortcut-quote-entry")
                        .single()
                        .getHref())
                .isEqualTo("quotes/new");
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void latestDriversLinkToTheirPermalinksAndToAllDrivers() {
        navigate(DashboardView.class);
        var panel = $(Div.class).withClassName("latest-drivers").single();
        var links = $(Anchor.class, panel).all();
        assertThat(links).isNotEmpty();
        assertThat(links.getLast().getHref()).isEqualTo("drivers");
        assertThat(links.subList(0, links.size() - 1))
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.getHref()).matches("drivers/\\d+"));
    }
}
