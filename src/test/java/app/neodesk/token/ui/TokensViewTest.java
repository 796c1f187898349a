package app.neodesk.token.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskViewTest;
import app.neodesk.team.AppUserRepository;
import app.neodesk.team.UserService;
import app.neodesk.token.ApiTokenService;
import app.neodesk.token.TokenInfo;
import app.neodesk.token.TokenScope;
import app.neodesk.token.TokenUsers;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** /account/tokens: create a token (shown once), scopes by role, revoke with a confirmation. */
@NeodeskViewTest
class TokensViewTest extends SpringBrowserlessTest {

    @Autowired
    ApiTokenService service;

    @BeforeAll
    static void users(@Autowired UserService users, @Autowired AppUserRepository repository) {
        TokenUsers.ensure(users, repository);
    }

    private NewTokenDialog openNewTokenDialog() {
        test($(Button.class).withText("New token").single()).click();
        return $(NewTokenDialog.class).single();
    }

    @Test
    @WithMockUser(username = TokenUsers.VIEWER, roles = "VIEWER")
    void createShowsTheTokenOnceAndTheListOnlyItsPrefix() {
        var view = navigate(TokensView.class);
        var name = "Excel sheet " + UUID.randomUUID().toString().substring(0, 6);
        var dialog = openNewTokenDialog();
        assertThat(dialog.expiry.getValue()).isEqualTo(service.defaultExpiry());
        test(dialog.name).setValue(name);
        test($(Button.class).withText("Create token").single()).click();

        var token = dialog.tokenField.getValue();
        assertThat(token).matches("ndk_[A-Za-z0-9_-]{43}");
        assertThat(dialog.tokenField.isReadOnly()).isTrue();
        assertThat($(Paragraph.class)
                        .withTextContaining("will not be shown again")
                        .exists())
                .isTrue();
        assertThat(view.grid.getListDataView().getItems().filter(t -> t.name().equals(name)))
                .singleElement()
                .satisfies(t -> assertThat(t.prefix()).isEqualTo(token.substring(0, 8)));
        test($(Button.class).withText("Done").single()).click();

        var again = openNewTokenDialog();
        assertThat(again.tokenField.getValue())
                .as("the token is not shown again")
                .isEmpty();
        assertThat(view.grid.getListDataView().getItems().map(TokenInfo::toString))
                .noneMatch(s -> s.contains(token));
    }

    @Test
    @WithMockUser(username = TokenUsers.VIEWER, roles = "VIEWER")
    void traderSeesNoReadWriteScope() {
        navigate(TokensView.class);
        var dialog = openNewTokenDialog();
        assertThat(dialog.scope.getListDataView().getItems()).containsExactly(TokenScope.READ);
    }

    @Test
    @WithMockUser(username = TokenUsers.ANALYST, roles = "ANALYST")
    void analystMayChooseReadWrite() {
        navigate(TokensView.class);
        var dialog = openNewTokenDialog();
        assertThat(dialog.scope.getListDataView().getItems()).containsExactly(TokenScope.READ, TokenScope.READ_WRITE);
    }

    @Test
    @WithMockUser(username = TokenUsers.VIEWER, roles = "VIEWER")
    void emptyNameShowsAFieldErrorAndKeepsTheDialogOpen() {
        navigate(TokensView.class);
        var dialog = openNewTokenDialog();
        test($(Button.class).withText("Create token").single()).click();
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Enter a name for the token");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    @WithMockUser(username = TokenUsers.VIEWER, roles = "VIEWER")
    void revokeAsksFirstThenMarksTheTokenRevoked() {
        var created = service.create("revoke me " + UUID.randomUUID(), TokenScope.READ, null, null);
        var view = navigate(TokensView.class);
        assertThat(test(view.grid).getRow(0).id()).isEqualTo(created.info().id());
        var revoke = (Button)
                test(view.grid).getCellComponent(0, view.grid.getColumns().size() - 1);
        test(revoke).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(view.grid
                        .getListDataView()
                        .getItems()
                        .filter(t -> t.id() == created.info().id()))
                .singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo("Revoked"));
    }

    @Test
    @WithMockUser(username = TokenUsers.VIEWER, roles = "VIEWER")
    void onATabletTokenPrefixAndCreatedFoldAndTheRestStays() {
        var view = navigate(TokensView.class);
        assertThat(foldWidths(view.grid))
                .containsOnly(
                        Map.entry("name", "never"),
                        Map.entry("token", "1100"),
                        Map.entry("scope", "never"),
                        Map.entry("created", "1100"),
                        Map.entry("expires", "never"),
                        Map.entry("lastUsed", "never"),
                        Map.entry("status", "never"),
                        Map.entry("revoke", "never"));
    }

    /** Column key → the widest window (CSS px) at which {@code NarrowColumns} hides it, or "never". */
    static Map<String, String> foldWidths(Grid<?> grid) {
        return grid.getColumns().stream()
                .collect(Collectors.toMap(
                        Grid.Column::getKey,
                        c -> Objects.requireNonNullElse(c.getElement().getAttribute("narrow-hidden"), "never")));
    }
}
