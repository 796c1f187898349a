package app.neodesk.team.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.NeodeskViewTest;
import app.neodesk.audit.AuditEvent;
import app.neodesk.audit.AuditFilter;
import app.neodesk.audit.AuditService;
import app.neodesk.base.ui.ListToolbar;
import app.neodesk.team.AppUser;
import app.neodesk.team.Role;
import app.neodesk.team.Team;
import app.neodesk.team.UserData;
import app.neodesk.team.UserService;
import app.neodesk.ui.NotAllowedView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.test.context.support.WithMockUser;

@NeodeskViewTest
@WithMockUser(username = "admin", roles = "ADMIN")
class UserAdminViewTest extends SpringBrowserlessTest {

    /** 28 Chinese characters: 84 bytes in UTF-8. */
    private static final String CHINESE_28 = "稀土价格上涨钕镨镝铽氧化物金属合金市场供应需求政策宏观面";

    @Autowired
    UserService users;

    @Autowired
    AuthenticationManager authenticationManager;

    @Autowired
    AuditService audit;

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void viewerIsRefusedAdminView() {
        // The in-app "not allowed" page instead of the user list.
        assertThatThrownBy(() -> navigate(UserAdminView.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(NotAllowedView.class.getName());
        assertThat(getCurrentView()).isInstanceOf(NotAllowedView.class);
        assertThat($(UserAdminView.class).exists()).isFalse();
        assertThat($(Grid.class).exists()).isFalse();
    }

    @Test
    void adminListsAndSearchesUsers() {
        navigate(UserAdminView.class);
        assertThat(usernamesInGrid()).contains("admin", "analyst", "trader", "trader2");
        test($(ListToolbar.class).single().getSearchField()).setValue("tina");
        assertThat(usernamesInGrid()).containsExactly("trader2");
    }

    @Test
    void createUserWithShortPasswordShowsTheTwelveCharacterRule() {
        navigate(UserAdminView.class);
        var form = openNewUser();
        test(form.username).setValue("shortpw.ui");
        test(form.displayName).setValue("Short Password");
        test(form.password).setValue("too-short");
        test(form.roles).selectItem(Role.VIEWER.label());
        clickSave();

        assertThat(form.password.isInvalid()).isTrue();
        assertThat(form.password.getErrorMessage()).isEqualTo("The password needs at least 12 characters");
        assertThat($(Dialog.class).single().isOpened()).isTrue();
        assertThat(users.findAll()).extracting(AppUser::getUsername).doesNotContain("shortpw.ui");
    }

    @Test
    void createUserNeedsUsernameRoleAndPassword() {
        navigate(UserAdminView.class);
        var form = openNewUser();
        test(form.username).setValue("Not Valid");
        clickSave();

        assertThat(form.username.getErrorMessage()).startsWith("Lowercase letters, digits");
        assertThat(form.displayName.getErrorMessage()).isEqualTo("Enter the person's name");
        assertThat(form.roles.getErrorMessage()).isEqualTo("Give the user at least one role");
        assertThat(form.password.getErrorMessage()).isEqualTo("Enter an initial password");
        assertThat(users.findAll()).extracting(AppUser::getUsername).doesNotContain("not valid", "Not Valid");
    }

    @Test
    void createGoodUserWorks() {
        navigate(UserAdminView.class);
        var form = openNewUser();
        test(form.username).setValue("jchen.ui");
        test(form.displayName).setValue("Jia Chen");
        test(form.password).setValue("rare-earths-2026");
        test(form.roles).selectItem(Role.ANALYST.label());
        test(form.teams).selectItem("Desk B");
        clickSave();

        assertThat($(Dialog.class).exists()).isFalse();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("User jchen.ui saved");
        var saved = users.findAll().stream()
                .filter(u -> u.getUsername().equals("jchen.ui"))
                .findFirst()
                .orElseThrow();
        assertThat(saved.getDisplayName()).isEqualTo("Jia Chen");
        assertThat(saved.getRoles()).containsExactly(Role.ANALYST);
        assertThat(saved.getTeams()).extracting(Team::getName).containsExactly("Desk B");
        assertThat(saved.isEnabled()).isTrue();
        assertThat(saved.isMustChangePassword()).isTrue();
        assertThat(usernamesInGrid()).contains("jchen.ui");
    }

    @Test
    void editingKeepsTheUsernameAndDisablesTheAccount() {
        var created = createUser("disable.me.ui");
        navigate(UserAdminView.class);
        var form = openExisting("disable.me.ui");
        assertThat(form.username.isReadOnly()).isTrue();
        assertThat(form.password.isVisible()).isFalse();
        test(form.displayName).setValue("Disabled Person");
        test(form.enabled).click();
        clickSave();

        var saved = users.get(created.getId());
        assertThat(saved.getDisplayName()).isEqualTo("Disabled Person");
        assertThat(saved.isEnabled()).isFalse();
    }

    @Test
    void adminCannotDisableOwnAccount() {
        navigate(UserAdminView.class);
        var form = openExisting("admin");
        test(form.enabled).click();
        clickSave();

        assertThat(form.enabled.isInvalid()).isTrue();
        assertThat(form.enabled.getErrorMessage()).isEqualTo("You cannot disable your own account");
        assertThat(users.currentUser().isEnabled()).isTrue();
    }

    @Test
    void resetPasswordAsksForATemporaryPassword() {
        var created = createUser("reset.me.ui");
        navigate(UserAdminView.class);
        openExisting("reset.me.ui");
        test($(Button.class).withText("Reset password").single()).click();
        var reset = $(ResetPasswordDialog.class).single();
        test(reset.temporary).setValue("short");
        test($(Button.class).withText("Set temporary password").single()).click();
        assertThat(reset.temporary.getErrorMessage()).isEqualTo("The password needs at least 12 characters");

        test(reset.temporary).setValue("temporary-2026-pw");
        test($(Button.class).withText("Set temporary password").single()).click();
        assertThat(reset.isOpened()).isFalse();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Temporary password set for reset.me.ui");
        assertThat(users.get(created.getId()).isMustChangePassword()).isTrue();
    }

    @Test
    void initialPasswordOfTwentyEightChineseCharactersShowsTheByteLimitAtTheField() {
        navigate(UserAdminView.class);
        var form = openNewUser();
        test(form.username).setValue("chinese.ui");
        test(form.displayName).setValue("Chinese Password");
        test(form.password).setValue(CHINESE_28);
        test(form.roles).selectItem(Role.VIEWER.label());
        clickSave();

        assertThat(form.password.isInvalid()).isTrue();
        assertThat(form.password.getErrorMessage())
                .startsWith("The password is too long: at most 72 bytes")
                .endsWith("(this one has 84 bytes)");
        assertThat($(Dialog.class).single().isOpened())
                .as("nothing typed is lost")
                .isTrue();
        assertThat(form.username.getValue()).isEqualTo("chinese.ui");
        assertThat(users.findAll()).extracting(AppUser::getUsername).doesNotContain("chinese.ui");
    }

    @Test
    void temporaryPasswordOverSeventyTwoBytesShowsTheByteLimitAtTheField() {
        createUser("chinese.reset.ui");
        navigate(UserAdminView.class);
        openExisting("chinese.reset.ui");
        test($(Button.class).withText("Reset password").single()).click();
        var reset = $(ResetPasswordDialog.class).single();
        for (var tooLong : List.of(CHINESE_28, "a".repeat(73))) {
            test(reset.temporary).setValue(tooLong);
            test($(Button.class).withText("Set temporary password").single()).click();
            assertThat(reset.temporary.isInvalid()).isTrue();
            assertThat(reset.temporary.getErrorMessage()).startsWith("The password is too long: at most 72 bytes");
            assertThat(reset.isOpened()).isTrue();
        }
    }

    @Test
    void adminLiftsASignInBlockFromTheUserEditor() {
        createUser("blocked.ui");
        for (int i = 0; i < 5; i++) {
            assertThat(signsIn("blocked.ui", "wrong-password")).isFalse();
        }
        assertThat(signsIn("blocked.ui", "initial-password-1")).as("blocked").isFalse();

        navigate(UserAdminView.class);
        test($(ListToolbar.class).single().getSearchField()).setValue("blocked.ui");
        assertThat(test(grid()).getCellText(0, 4)).isEqualTo("sign-in blocked");
        openExisting("blocked.ui");
        test($(Button.class).withText("Unblock sign-in").single()).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("blocked.ui can sign in again");
        assertThat(signsIn("blocked.ui", "initial-password-1")).isTrue();
        var audited = audit.search(
                        new AuditFilter("User", "admin", "sign-in block lifted", null, null), PageRequest.of(0, 5))
                .getContent();
        assertThat(audited)
                .extracting(AuditEvent::getSummary)
                .containsExactly("blocked.ui: sign-in block lifted by an admin");
    }

    @Test
    void editorOffersNoUnblockForAUserWhoIsNotBlocked() {
        createUser("not.blocked.ui");
        navigate(UserAdminView.class);
        openExisting("not.blocked.ui");
        assertThat($(Button.class).withText("Unblock sign-in").exists()).isFalse();
    }

    private boolean signsIn(String username, String password) {
        try {
            return authenticationManager
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password))
                    .isAuthenticated();
        } catch (AuthenticationException e) {
            return false;
        }
    }

    private AppUser createUser(String username) {
        return users.create(
                new UserData(username, "Test " + username, Set.of(Role.VIEWER), Set.of(), true), "initial-password-1");
    }

    private UserForm openNewUser() {
        test($(Button.class).withText("New user").single()).click();
        return $(UserForm.class).single();
    }

    private UserForm openExisting(String username) {
        test($(ListToolbar.class).single().getSearchField()).setValue(username);
        var grid = grid();
        int row = IntStream.range(0, test(grid).size())
                .filter(i -> test(grid).getRow(i).getUsername().equals(username))
                .findFirst()
                .orElseThrow();
        test(grid).select(row);
        return $(UserForm.class).single();
    }

    private void clickSave() {
        test($(Button.class).withText("Save").single()).click();
    }

    @SuppressWarnings("unchecked")
    private Grid<AppUser> grid() {
        return $(Grid.class).single();
    }

    private List<String> usernamesInGrid() {
        var tester = test(grid());
        return IntStream.range(0, tester.size())
                .mapToObj(i -> tester.getRow(i).getUsername())
                .toList();
    }
}
