package app.neodesk.webhook.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.NeodeskViewTest;
import app.neodesk.dashboard.ui.DashboardView;
import app.neodesk.ui.NotAllowedView;
import app.neodesk.webhook.WebhookService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@NeodeskViewTest
class WebhooksViewTest extends SpringBrowserlessTest {

    @Autowired
    WebhookService webhooks;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void addShowsTheSecretOnceAndListsTheEndpoint() {
        var view = navigate(WebhooksView.class);
        test(view.url).setValue("https://hooks.example.com/view-test");
        test(view.description).setValue("Excel model");
        test(view.add).click();

        var dialog = view.secretDialog;
        assertThat(dialog).isNotNull();
        assertThat(dialog.isOpened()).isTrue();
        var secret = dialog.secret.getValue();
        assertThat(secret).startsWith("whsec_");
        var row = webhooks.list().stream()
                .filter(w -> w.url().equals("https://hooks.example.com/view-test"))
                .findFirst()
                .orElseThrow();
        assertThat(webhooks.secret(row.id())).isEqualTo(secret);
        assertThat(test(view.endpoints).size()).isEqualTo(webhooks.list().size());
        assertThat(view.url.getValue()).isEmpty();

        dialog.close();
        assertThat(dialog.secret.getValue()).as("forgotten once closed").isEmpty();
        navigate(DashboardView.class);
        var again = navigate(WebhooksView.class);
        assertThat(again).isNotSameAs(view);
        assertThat(again.secretDialog).as("a new visit shows no secret").isNull();
        assertThat($(Dialog.class).all()).noneMatch(Dialog::isOpened);

        // Delete asks first.
        again.confirmDelete(webhooks.list().stream()
                .filter(w -> w.id() == row.id())
                .findFirst()
                .orElseThrow());
        assertThat(webhooks.list()).as("not before the confirmation").anyMatch(w -> w.id() == row.id());
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(webhooks.list()).noneMatch(w -> w.id() == row.id());
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void formFieldsShrinkToAPhoneScreen() {
        var view = navigate(WebhooksView.class);
        assertThat(view.url.getMaxWidth()).isEqualTo("100%");
        assertThat(view.description.getMaxWidth()).isEqualTo("100%");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void onATabletDescriptionAndFailuresFoldAndTheActionsStay() {
        var view = navigate(WebhooksView.class);
        Map<String, String> foldAt = view.endpoints.getColumns().stream()
                .collect(Collectors.toMap(
                        c -> Objects.requireNonNullElse(c.getHeaderText(), ""),
                        c -> Objects.requireNonNullElse(c.getElement().getAttribute("narrow-hidden"), "never")));
        assertThat(foldAt)
                .containsOnly(
                        Map.entry("URL", "never"),
                        Map.entry("Description", "1100"),
                        Map.entry("State", "never"),
                        Map.entry("Last delivery", "never"),
                        Map.entry("Failures", "1100"),
                        Map.entry("Actions", "never"));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void plainHttpUrlIsRefusedOnTheField() {
        var view = navigate(WebhooksView.class);
        test(view.url).setValue("http://hooks.example.com/plain");
        test(view.add).click();
        assertThat(view.url.isInvalid()).isTrue();
        assertThat(view.url.getErrorMessage()).isEqualTo("The URL must start with https://");
        assertThat(view.secretDialog).isNull();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminSeesWebhooksInTheMenu() {
        navigate(DashboardView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Webhooks");
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void analystCannotOpenWebhooks() {
        assertThatThrownBy(() -> navigate(WebhooksView.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(NotAllowedView.class.getName());
        assertThat(getCurrentView()).isInstanceOf(NotAllowedView.class);
        navigate(DashboardView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).doesNotContain("Webhooks");
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void viewerCannotOpenWebhooks() {
        assertThatThrownBy(() -> navigate(WebhooksView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(NotAllowedView.class);
    }
}
