package app.neodesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskViewTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.PageTitle;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Every view, error views included, has a title of its own ("… · Neodesk"), shows it as its one
 * {@code h1}, and sits inside the one {@code <main>} landmark of the app layout.
 */
@NeodeskViewTest
class PageTitleAndLandmarkTest extends SpringBrowserlessTest {

    private static final List<String> ROUTES = List.of(
            "",
            "history",
            "chart",
            "drivers",
            "drivers/new",
            "drivers/scorecard",
            "drivers/999999999",
            "quotes/new",
            "quotes/import",
            "quotes/note",
            "admin/products",
            "admin/sources",
            "admin/users",
            "admin/teams",
            "admin/audit",
            "admin/tokens",
            "account/password",
            "account/tokens",
            "no/such/page");

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void everyAdminViewHasItsOwnTitleAndOneH1InsideTheMainLandmark() {
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
        var h1s = headingOnes(view.getElement()).toList();
        assertThat(h1s).as("/" + route + " has its title as its one h1").hasSize(1);
        assertThat(h1s.getFirst().getText()).as("h1 of /" + route).isNotBlank();
        assertThat(h1s.getFirst().getClassList()).as("h1 of /" + route).contains("view-title");
        return title;
    }

    private static Stream<Element> headingOnes(Element element) {
        if (element.isTextNode()) {
            return Stream.empty();
        }
        return Stream.concat(
                element.getTag().equals("h1") ? Stream.of(element) : Stream.empty(),
                element.getChildren().flatMap(PageTitleAndLandmarkTest::headingOnes));
    }

    private static String title(HasElement view) {
        if (view instanceof HasDynamicTitle dynamic) {
            return dynamic.getPageTitle();
        }
        var annotation = view.getClass().getAnnotation(PageTitle.class);
        return annotation == null ? "" : annotation.value();
    }
}
