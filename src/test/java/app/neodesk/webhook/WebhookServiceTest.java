package app.neodesk.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.base.ValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Webhook management: admins only, and the URL rules through the service (tests allow loopback http). */
@NeodeskSpringTest
class WebhookServiceTest {

    @Autowired
    WebhookService webhooks;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminRegistersListsDisablesRotatesAndDeletes() {
        var hook = webhooks.register("https://hooks.example.com/service-test", "  desk model  ");
        assertThat(hook.secret()).startsWith("whsec_").hasSize(6 + 64);
        assertThat(webhooks.secret(hook.id())).isEqualTo(hook.secret());
        assertThat(webhooks.list())
                .filteredOn(w -> w.id() == hook.id())
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.url()).isEqualTo("https://hooks.example.com/service-test");
                    assertThat(w.description()).isEqualTo("desk model");
                    assertThat(w.active()).isTrue();
                    assertThat(w.createdBy()).isEqualTo("admin");
                    assertThat(w.lastStatus()).isNull();
                    assertThat(w.failureCount()).isZero();
                });

        webhooks.setActive(hook.id(), false);
        assertThat(webhooks.list())
                .filteredOn(w -> w.id() == hook.id())
                .singleElement()
                .satisfies(w -> assertThat(w.active()).isFalse());

        var rotated = webhooks.rotateSecret(hook.id());
        assertThat(rotated).isNotEqualTo(hook.secret()).startsWith("whsec_");
        assertThat(webhooks.secret(hook.id())).isEqualTo(rotated);

        webhooks.delete(hook.id());
        assertThat(webhooks.list()).noneMatch(w -> w.id() == hook.id());
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void duplicateUrlIsRefused() {
        var hook = webhooks.register("https://hooks.example.com/duplicate", null);
        try {
            assertThatThrownBy(() -> webhooks.register(" https://hooks.example.com/duplicate ", null))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("This URL is registered already");
        } finally {
            webhooks.delete(hook.id());
        }
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void plainHttpOnlyToLoopbackWhenTheFlagIsOn() {
        var hook = webhooks.register("http://127.0.0.1:9/loopback-allowed", null);
        webhooks.delete(hook.id());
        assertThatThrownBy(() -> webhooks.register("http://hooks.example.com/plain", null))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The URL must start with https://");
        assertThatThrownBy(() -> webhooks.register("https://u:p@hooks.example.com/x", null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> webhooks.register("ftp://hooks.example.com/x", null))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void viewerCannotRegisterOrList() {
        assertRefused();
    }

    @Test
    @WithMockUser(username = "trader2", roles = "TRADER")
    void traderCannotRegisterOrList() {
        assertRefused();
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void analystCannotRegisterOrList() {
        assertRefused();
    }

    private void assertRefused() {
        assertThatThrownBy(() -> webhooks.register("https://hooks.example.com/refused", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> webhooks.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> webhooks.recentDeliveries(10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> webhooks.secret(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> webhooks.rotateSecret(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> webhooks.delete(1)).isInstanceOf(AccessDeniedException.class);
    }
}
