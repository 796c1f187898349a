package app.neodesk.token.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.NeodeskViewTest;
import app.neodesk.security.SystemAuthentication;
import app.neodesk.team.AppUserRepository;
import app.neodesk.team.UserService;
import app.neodesk.token.ApiTokenService;
import app.neodesk.token.CreatedToken;
import app.neodesk.token.TokenScope;
import app.neodesk.token.TokenUsers;
import app.neodesk.ui.NotAllowedView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** /admin/tokens: admins see and revoke every user's tokens; nobody else may open it. */
@NeodeskViewTest
class TokenAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    ApiTokenService service;

    @BeforeAll
    static void users(@Autowired UserService users, @Autowired AppUserRepository repository) {
        TokenUsers.ensure(users, repository);
    }

    private CreatedToken tokenOf(String username) {
        var created = new AtomicReference<CreatedToken>();
        SystemAuthentication.runAs(
                username,
                () -> created.set(service.create("admin view " + UUID.randomUUID(), TokenScope.READ, null, null)));
        return created.get();
    }

    @Test
    @WithMockUser(username = TokenUsers.ADMIN, roles = "ADMIN")
    void adminViewListsOtherUsersTokensAndRevokesThem() {
        var other = tokenOf(TokenUsers.OTHER);
        var view = navigate(TokenAdminView.class);
        assertThat(view.grid
                        .getListDataView()
                        .getItems()
                        .filter(t -> t.id() == other.info().id()))
                .singleElement()
                .satisfies(t -> assertThat(t.owner()).isEqualTo(TokenUsers.OTHER));
        assertThat(test(view.grid).getRow(0).id()).isEqualTo(other.info().id());
        var revoke = (Button)
                test(view.grid).getCellComponent(0, view.grid.getColumns().size() - 1);
        test(revoke).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(view.grid
                        .getListDataView()
                        .getItems()
                        .filter(t -> t.id() == other.info().id()))
                .singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo("Revoked"));
    }

    @Test
    @WithMockUser(username = TokenUsers.ANALYST, roles = "ANALYST")
    void nonAdminCannotOpenTheAdminTokenView() {
        assertThatThrownBy(() -> navigate(TokenAdminView.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(NotAllowedView.class.getName());
        assertThat(getCurrentView()).isInstanceOf(NotAllowedView.class);
        assertThat($(Grid.class).exists()).isFalse();
    }

    @Test
    @WithMockUser(username = TokenUsers.ADMIN, roles = "ADMIN")
    void onATabletTokenPrefixCreatedAndExpiresFoldAndOwnerStatusAndRevokeStay() {
        var view = navigate(TokenAdminView.class);
        assertThat(TokensViewTest.foldWidths(view.grid))
                .containsEntry("token", "1100")
                .containsEntry("created", "1100")
                .containsEntry("expires", "1100")
                .containsEntry("owner", "never")
                .containsEntry("name", "never")
                .containsEntry("scope", "never")
                .containsEntry("lastUsed", "never")
                .containsEntry("status", "never")
                .containsEntry("revoke", "never");
    }
}
