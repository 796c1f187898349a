package app.neodesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.NeodeskViewTest;
import app.neodesk.audit.ui.AuditView;
import app.neodesk.catalog.ui.ProductAdminView;
import app.neodesk.catalog.ui.SourceAdminView;
import app.neodesk.dashboard.ui.DashboardView;
import app.neodesk.team.ui.TeamAdminView;
import app.neodesk.team.ui.UserAdminView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The admin views open for admins only (others get the in-app "not allowed" page), and only admins
 * see them in the side navigation.
 */
@NeodeskViewTest
class AdminAccessTest extends SpringBrowserlessTest {

    private static final List<Class<? extends Component>> ADMIN_VIEWS = List.of(
            ProductAdminView.class, SourceAdminView.class, UserAdminView.class, TeamAdminView.class, AuditView.class);
    private static final List<String> ADMIN_MENU = List.of("Products", "Sources", "Users", "Teams", "Audit trail");

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminOpensEveryAdminViewAndSeesThemInTheMenu() {
        for (var view : ADMIN_VIEWS) {
            assertThat(navigate(view)).isInstanceOf(view);
        }
        navigate(DashboardView.class);
        assertThat(menuLabels()).containsSubsequence(ADMIN_MENU);
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void analystIsRefusedEveryAdminViewAndDoesNotSeeThemInTheMenu() {
        for (var view : ADMIN_VIEWS) {
            assertThatThrownBy(() -> navigate(view)).isInstanceOf(IllegalArgumentException.class);
            assertThat(getCurrentView()).isInstanceOf(NotAllowedView.class);
        }
        navigate(DashboardView.class);
        assertThat(menuLabels()).contains("Dashboard").doesNotContainAnyElementsOf(ADMIN_MENU);
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void viewerDoesNotSeeAdminViewsInTheMenu() {
        navigate(DashboardView.class);
        assertThat(menuLabels()).contains("Dashboard").doesNotContainAnyElementsOf(ADMIN_MENU);
    }

    private List<String> menuLabels() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }
}
