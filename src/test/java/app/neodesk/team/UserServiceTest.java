package app.neodesk.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.audit.AuditAction;
import app.neodesk.audit.AuditEvent;
import app.neodesk.audit.AuditService;
import app.neodesk.base.ConcurrentEditException;
import app.neodesk.base.NotFoundException;
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
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

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
        assertThatThrownBy(() -> users.update(
                        me.requireId(), me.getVersion(), UserData.of(me).withRoles(Set.of(Role.ADMIN))))
                .isInstanceOf(AuthorizationDeniedException.class);
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
        assertThatThrownBy(() -> users.update(
                        me.requireId(), me.getVersion(), UserData.of(me).withRoles(Set.of(Role.ANALYST))))
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
        assertThatThrownBy(() -> users.update(
                        me.requireId(), me.getVersion(), UserData.of(me).withEnabled(false)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("You cannot disable your own account")
                .extracting(e -> ((ValidationException) e).getField())
                .isEqualTo("enabled");
        assertThat(users.currentUser().isEnabled()).isTrue();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminMayDemoteAndDisableAnotherAdmin() {
        var created = users.create(newUser("second.admin.svc").withRoles(Set.of(Role.ADMIN)), GOOD_PASSWORD);

        var edit = users.get(created.requireId());
        users.update(
                edit.requireId(),
                edit.getVersion(),
                UserData.of(edit)
                        .withRoles(Set.of(Role.VIEWER))
                        .withEnabled(false)
                        .withDisplayName("Former Admin"));

        var saved = users.get(created.getId());
        assertThat(saved.getRoles()).containsExactly(Role.VIEWER);
        assertThat(saved.isEnabled()).isFalse();
        assertThat(saved.getDisplayName()).isEqualTo("Former Admin");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    // Commits for real: each edit is a transaction of its own, so the second one holds a stale version.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void staleUpdateIsRefusedAsChangedBySomeoneElse() {
        var created = users.create(newUser("stale.user.svc"), GOOD_PASSWORD);
        long id = created.requireId();
        var opened = users.get(id); // two admins open the same account
        users.update(id, opened.getVersion(), UserData.of(opened).withDisplayName("First Edit"));

        assertThatThrownBy(() -> users.update(
                        id,
                        opened.getVersion(),
                        UserData.of(opened).withDisplayName("Second Edit").withEnabled(false)))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(users.get(id).getDisplayName()).isEqualTo("First Edit");
        assertThat(users.get(id).isEnabled()).isTrue();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void updateKeepsTheUserNameAndThePasswordAndRefusesUnknownTeams() {
        var created = users.create(newUser("keep.name.svc"), GOOD_PASSWORD);
        long id = created.requireId();
        var stored = users.get(id);
        var renamed = new UserData("other.name.svc", "Test", Set.of(Role.VIEWER), Set.of(), true);
        assertThatThrownBy(() -> users.update(id, stored.getVersion(), renamed))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).getField())
                .isEqualTo("username");
        assertThatThrownBy(() -> users.update(
                        id, stored.getVersion(), UserData.of(stored).withTeamIds(Set.of(Long.MAX_VALUE))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.update(Long.MAX_VALUE, 0, UserData.of(stored)))
                .isInstanceOf(NotFoundException.class);

        users.update(id, stored.getVersion(), UserData.of(stored).withDisplayName("Kept Name"));
        var saved = users.get(id);
        assertThat(saved.getUsername()).isEqualTo("keep.name.svc");
        assertThat(passwordEncoder.matches(GOOD_PASSWORD, saved.getPasswordHash()))
                .isTrue();
        assertThat(saved.isMustChangePassword()).isTrue();
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
    @WithMockUser(username = "must.change", roles = "VIEWER")
    void aUserWithAOneTimePasswordMustChangeItAndNoLongerOnceChanged() {
        SystemAuthentication.run(() -> users.bootstrap(
                "must.change", "Must Change", GOOD_PASSWORD, true, true, Set.of(Role.VIEWER), List.of()));
        assertThat(users.mustChangePassword()).isTrue();

        users.changeOwnPassword(GOOD_PASSWORD, GOOD_PASSWORD + "-changed");

        assertThat(users.mustChangePassword()).isFalse();
    }

    @Test
    void nobodySignedInCannotAskWhetherAPasswordMustChange() {
        assertThatThrownBy(() -> users.mustChangePassword())
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
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

    private static UserData newUser(String username) {
        return new UserData(username, "Test " + username, Set.of(Role.VIEWER), Set.of(), true);
    }
}
