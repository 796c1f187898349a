package app.neodesk.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.NeodeskViewTest;
import app.neodesk.dashboard.ui.DashboardView;
import app.neodesk.quote.ui.HistoryView;
import app.neodesk.ui.NotAllowedView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** The wizard is for analysts and admins: in their menu, behind History's import button; viewers get "not allowed". */
@NeodeskViewTest
class ImportWizardAccessTest extends SpringBrowserlessTest {

    private List<String> menuLabels() {
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void viewerGetsTheNotAllowedPageAndNoMenuEntry() {
        assertThatThrownBy(() -> navigate(ImportWizardView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(NotAllowedView.class);
        navigate(DashboardView.class);
        assertThat(menuLabels()).doesNotContain("Import prices");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminFindsTheWizardInTheMenuAndThroughHistory() {
        navigate(DashboardView.class);
        assertThat(menuLabels()).contains("Import prices");
        navigate(HistoryView.class);
        test(find(Button.class).withText("Import file").single()).click();
        assertThat(getCurrentView()).isInstanceOf(ImportWizardView.class);
    }
}
