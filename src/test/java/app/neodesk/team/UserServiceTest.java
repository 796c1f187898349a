package app.neodesk.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.audit.AuditAction;
import app.neodesk.audit.AuditEvent;
import app.neodesk.audit.AuditService;
import app.neodesk.base.ConcurrentEditException;
import app.neodesk.base.ValidationException;
import app.neodesk.security.SystemAuthentication;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

@NeodeskSpringTest
class UserServiceTest {

    private static final String GOOD_PASSWORD = "initial-password-1";

    @Autowired
    UserService users;

    @Autowired
    AuditService audit;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AppUserRepository repository;

    @Autowired
    AuthenticationManager authenticationManager;

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void everyUserReadsOwnAccount() {
        var me = users.currentUser();
        assertThat(me.getUsername()).isEqualTo("trader");
        assertThat(me.getRoles()).containsExactly(Role.VIEWER);
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void viewerCannotManageUsers() {
        assertDenied();
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void analystCannotManageUsers() {
        assertDenied();
    }

    private void assertDenied() {
        var me = users.currentUser();
        assertThatThrownBy(() -> users.create(newUser("denied.user"), GOOD_PASSWORD))
                .isInstanceOf(AuthorizationDeniedException.class);
        me.setRoles(Set.of(Role.ADMIN));
        assertThatThrownBy(() -> users.update(me)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> users.resetPassword(me.getId(), GOOD_PASSWORD))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> users.search("", PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> users.findAll()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> users.get(me.getId())).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(users.currentUser().getRoles()).doesNotContain(Role.ADMIN);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminCreatesUserWithOneTimePassword() {
        var created = users.create(newUser("new.user.svc"), GOOD_PASSWORD);

        var saved = users.get(created.getId());
        assertThat(saved.isMustChangePassword()).isTrue();
        assertThat(saved.isEnabled()).isTrue();
        assertThat(saved.getPasswordHash()).isNotEqualTo(GOOD_PASSWORD);
        assertThat(passwordEncoder.matches(GOOD_PASSWORD, saved.getPasswordHash()))
                .isTrue();
        assertThat(audit.historyOf("User", saved.getId())).singleElement().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.CREATE);
            assertThat(e.getSummary()).doesNotContain(GOOD_PASSWORD);
        });
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void duplicateUsernameIsRefused() {
        assertThatThrownBy(() -> users.create(newUser("trader"), GOOD_PASSWORD))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The user name 'trader' is taken")
                .extracting(e -> ((ValidationException) e).getField())
                .isEqualTo("username");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void passwordPolicyIsEnforcedOnCreateAndReset() {
        assertThatThrownBy(() -> users.create(newUser("short.pw.svc"), "short"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The password needs at least 12 characters");
        assertThatThrownBy(() -> users.create(newUser("same.as.name.svc"), "same.as.name.svc"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The password cannot be the user name");
        assertThat(users.findAll()).extracting(AppUser::getUsername).doesNotContain("short.pw.svc", "same.as.name.svc");

        var created = users.create(newUser("reset.pw.svc"), GOOD_PASSWORD);
        assertThatThrownBy(() -> users.resetPassword(created.getId(), "x".repeat(73)))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("The password is too long: at most 72 bytes");
        users.resetPassword(created.getId(), "temporary-password-2");
        var reset = users.get(created.getId());
        assertThat(passwordEncoder.matches("temporary-password-2", reset.getPasswordHash()))
                .isTrue();
        assertThat(reset.isMustChangePassword()).isTrue();
        assertThat(audit.historyOf("User", created.getId()))
                .extracting(AuditEvent::getAction)
                .containsExactly(AuditAction.PASSWORD, AuditAction.CREATE);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminCannotRemoveOwnAdminRole() {
        var me = users.currentUser();
        me.setRoles(Set.of(Role.ANALYST));
        assertThatThrownBy(() -> users.update(me))
                .isInstanceOf(ValidationException.class)
                .hasMessage("You cannot remove your own admin role")
                .extracting(e -> ((ValidationException) e).getField())
                .isEqualTo("roles");
        assertThat(users.currentUser().getRoles()).containsExactly(Role.ADMIN);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminCannotDisableOwnAccount() {
        var me = users.currentUser();
        me.setEnabled(false);
        assertThatThrownBy(() -> users.update(me))
                .isInstanceOf(ValidationException.class)
                .hasMessage("You cannot disable your own account")
                .extracting(e -> ((ValidationException) e).getField())
                .isEqualTo("enabled");
        assertThat(users.currentUser().isEnabled()).isTrue();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminMayDemoteAndDisableAnotherAdmin() {
        var other = newUser("second.admin.svc");
        other.setRoles(Set.of(Role.ADMIN));
        var created = users.create(other, GOOD_PASSWORD);

        var edit = users.get(created.getId());
        edit.setRoles(Set.of(Role.VIEWER));
        edit.setEnabled(false);
        edit.setDisplayName("Former Admin");
        users.update(edit);

        var saved = users.get(created.getId());
        assertThat(saved.getRoles()).containsExactly(Role.VIEWER);
        assertThat(saved.isEnabled()).isFalse();
        assertThat(saved.getDisplayName()).isEqualTo("Former Admin");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void staleUpdateIsRefusedAsChangedBySomeoneElse() {
        var created = users.create(newUser("stale.user.svc"), GOOD_PASSWORD);
        var first = users.get(created.getId());
        var second = users.get(created.getId());
        first.setDisplayName("First Edit");
        users.update(first);

        second.setDisplayName("Second Edit");
        assertThatThrownBy(() -> users.update(second))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(users.get(created.getId()).getDisplayName()).isEqualTo("First Edit");
    }

    /** 28 Chinese characters: 84 bytes in UTF-8, more than bcrypt can take. */
    static final String CHINESE_28 = "稀土价格上涨钕镨镝铽氧化物金属合金市场供应需求政策宏观面";
    /** 24 Chinese characters: exactly 72 bytes. */
    static final String CHINESE_24 = CHINESE_28.substring(0, 24);

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void passwordOverSeventyTwoBytesIsRefusedWithTheByteLimitOnCreateAndReset() {
        assertThat(CHINESE_28).hasSize(28);
        assertThatThrownBy(() -> users.create(newUser("chinese.create"), CHINESE_28))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The password is too long: at most 72 bytes, e.g. 72 plain letters and digits "
                        + "or 24 Chinese characters (this one has 84 bytes)")
                .extracting(e -> ((ValidationException) e).getField())
                .isEqualTo("password");
        assertThat(users.findAll()).extracting(AppUser::getUsername).doesNotContain("chinese.create");

        var created = users.create(newUser("chinese.reset"), GOOD_PASSWORD);
        assertThatThrownBy(() -> users.resetPassword(created.getId(), CHINESE_28))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("(this one has 84 bytes)");
        assertThatThrownBy(() -> users.resetPassword(created.getId(), "a".repeat(73)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("(this one has 73 bytes)");
        assertThat(passwordEncoder.matches(
                        GOOD_PASSWORD, users.get(created.getId()).getPasswordHash()))
                .as("the old password is kept")
                .isTrue();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void passwordsUpToSeventyTwoBytesAreStoredAndSignIn() {
        var chinese = users.create(newUser("chinese.ok"), CHINESE_24);
        var ascii = users.create(newUser("ascii.long"), "x".repeat(71) + "!");
        assertThat(signsIn("chinese.ok", CHINESE_24)).isTrue();
        assertThat(signsIn("ascii.long", "x".repeat(71) + "!")).isTrue();
        assertThat(chinese.isMustChangePassword()).isTrue();
        assertThat(ascii.getPasswordHash()).startsWith("$2a$");
    }

    @Test
    @WithMockUser(username = "chinese.change", roles = "VIEWER")
    void changingTheOwnPasswordToOverSeventyTwoBytesIsRefused() {
        SystemAuthentication.run(() -> users.bootstrap(
                "chinese.change", "Chinese Change", GOOD_PASSWORD, false, true, Set.of(Role.VIEWER), List.of()));
        assertThatThrownBy(() -> users.changeOwnPassword(GOOD_PASSWORD, CHINESE_28))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("at most 72 bytes")
                .extracting(e -> ((ValidationException) e).getField())
                .isEqualTo("password");
        assertThatThrownBy(() -> users.changeOwnPassword(CHINESE_28, CHINESE_24))
                .as("a too long current password is just not correct")
                .isInstanceOf(ValidationException.class)
                .hasMessage("The current password is not correct");

        users.changeOwnPassword(GOOD_PASSWORD, CHINESE_24);
        assertThat(signsIn("chinese.change", CHINESE_24)).isTrue();
    }

    @Test
    void existingBcryptHashesWithoutPrefixStillSignIn() {
        // Made by the BCryptPasswordEncoder the app has always used; stored as is, without an {id} prefix.
        var stored = "$2a$10$WcXJSVH80V0T7JE2vRsF8OR63xyVRl0nnH5uuJqtWcVfs830ZCvu.";
        var user = SystemAuthentication.call(() ->
                users.bootstrap("old.hash", "Old Hash", GOOD_PASSWORD, false, true, Set.of(Role.VIEWER), List.of()));
        var entity = repository.findById(user.getId()).orElseThrow();
        entity.setPasswordHash(stored);
        repository.save(entity);

        assertThat(signsIn("old.hash", "existing-password-2019")).isTrue();
        assertThat(signsIn("old.hash", GOOD_PASSWORD)).isFalse();
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

    private static AppUser newUser(String username) {
        var user = new AppUser(username, "Test " + username);
        user.setRoles(Set.of(Role.VIEWER));
        return user;
    }
}
