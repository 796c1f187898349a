package app.neodesk.base.ui;

import app.neodesk.NeodeskSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.PageTitle;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every view, error views included, has a title of its own ("… · Neodesk") and sits inside the
 * one {@code <main>} landmark of the app layout.
 */
@NeodeskSpringTest
class PageTitleAndLandmarkTest extends SpringBrowserlessTest {

    private static final List<String> ROUTES = List.of("", "history", "chart", "drivers", "drivers/new",
            "drivers/scorecard", "drivers/999999999", "quotes/new", "quotes/import", "quotes/note",
            "admin/products", "admin/sources", "admin/users", "admin/teams", "admin/audit", "account/password",
            "no/such/page");

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void everyAdminViewHasItsOwnTitleInsideTheMainLandmark() {
        for (var route : ROUTES) {
            UI.getCurrent().navigate(route);
            assertTitleAndMain(route);
        }
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void notAllowedViewHasItsOwnTitleInsideTheMainLandmark() {
        UI.getCurrent().navigate("admin/users");
        assertThat(getCurrentView()).isInstanceOf(NotAllowedView.class);
        assertThat(assertTitleAndMain("admin/users")).isEqualTo("Not allowed · Neodesk");
    }

    private String assertTitleAndMain(String route) {
        var view = getCurrentView();
        var title = title(view);
        assertThat(title).as("title of /" + route).matches(".+ · Neodesk").isNotEqualTo("Neodesk");
        var parent = view.getElement().getParent();
        assertThat(parent).as("/" + route + " inside <main>").isNotNull();
        assertThat(parent.getTag()).as("/" + route + " inside <main>").isEqualTo("main");
        assertThat(parent.getComponent()).get().isInstanceOf(Main.class);
        return title;
    }

    private static String title(HasElement view) {
        if (view instanceof HasDynamicTitle dynamic) {
            return dynamic.getPageTitle();
        }
        var annotation = view.getClass().getAnnotation(PageTitle.class);
        return annotation == null ? "" : annotation.value();
    }
}
