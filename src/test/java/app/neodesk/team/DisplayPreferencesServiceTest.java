package app.neodesk.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.security.SystemAuthentication;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Every signed-in user saves their own theme and colour convention, and only their own: the
 * service takes the user from the security context. Own users, so no other test's accounts change.
 */
@NeodeskSpringTest
class DisplayPreferencesServiceTest {

    private static final String VIEWER = "theme.viewer";
    private static final String ANALYST = "theme.analyst";
    private static final String ADMIN = "theme.admin";
    private static final String OTHER = "theme.other";

    @Autowired
    UserService users;

    @Autowired
    AppUserRepository repository;

    @BeforeEach
    void users() {
        ensureUser(VIEWER, Role.VIEWER);
        ensureUser(ANALYST, Role.ANALYST);
        ensureUser(ADMIN, Role.ADMIN);
        ensureUser(OTHER, Role.VIEWER);
    }

    @Test
    @WithMockUser(username = VIEWER, roles = "VIEWER")
    void viewerSavesOwnThemeAndColours() {
        savesOwnPreferences(VIEWER);
    }

    @Test
    @WithMockUser(username = ANALYST, roles = "ANALYST")
    void analystSavesOwnThemeAndColours() {
        savesOwnPreferences(ANALYST);
    }

    @Test
    @WithMockUser(username = ADMIN, roles = "ADMIN")
    void adminSavesOwnThemeAndColours() {
        savesOwnPreferences(ADMIN);
    }

    private void savesOwnPreferences(String me) {
        var saved = users.changeOwnThemeMode(ThemeMode.DARK);
        assertThat(saved.themeMode()).isEqualTo(ThemeMode.DARK);
        saved = users.changeOwnRiseColor(RiseColor.RED);
        assertThat(saved).isEqualTo(new DisplayPreferences(ThemeMode.DARK, RiseColor.RED));
        assertThat(stored(me)).isEqualTo(saved);
        assertThat(users.ownDisplayPreferences()).isEqualTo(saved);

        users.changeOwnThemeMode(ThemeMode.LIGHT);
        users.changeOwnRiseColor(RiseColor.GREEN);
        assertThat(stored(me))
                .as("each choice changes only its own setting")
                .isEqualTo(new DisplayPreferences(ThemeMode.LIGHT, RiseColor.GREEN));
        users.changeOwnThemeMode(ThemeMode.SYSTEM);
        assertThat(stored(me)).isEqualTo(new DisplayPreferences(ThemeMode.SYSTEM, RiseColor.GREEN));
    }

    @Test
    @WithMockUser(username = ADMIN, roles = "ADMIN")
    void oneUserCannotChangeAnothersPreferences() {
        var before = stored(OTHER);
        users.changeOwnThemeMode(before.themeMode() == ThemeMode.DARK ? ThemeMode.LIGHT : ThemeMode.DARK);
        users.changeOwnRiseColor(before.riseColor() == RiseColor.RED ? RiseColor.GREEN : RiseColor.RED);
        assertThat(stored(OTHER)).as("even an admin changes only their own").isEqualTo(before);
    }

    @Test
    void anonymousCannotReadOrChangePreferences() {
        assertThatThrownBy(() -> users.ownDisplayPreferences())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> users.changeOwnThemeMode(ThemeMode.DARK))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> users.changeOwnRiseColor(RiseColor.RED))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitorIsRefused() {
        assertThatThrownBy(() -> users.ownDisplayPreferences()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> users.changeOwnThemeMode(ThemeMode.DARK))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> users.changeOwnRiseColor(RiseColor.RED))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = ADMIN, roles = "ADMIN")
    void adminEditOfAnAccountNeitherBlocksNorUndoesTheUsersChoice() {
        var copy = users.get(repository.findByUsername(OTHER).orElseThrow().getId());
        SystemAuthentication.runAs(OTHER, () -> {
            users.changeOwnThemeMode(ThemeMode.DARK);
            users.changeOwnRiseColor(RiseColor.RED);
        });
        users.update(copy.requireId(), copy.getVersion(), UserData.of(copy).withDisplayName("Theme Other, renamed"));
        var stored = repository.findByUsername(OTHER).orElseThrow();
        assertThat(stored.getDisplayName()).isEqualTo("Theme Other, renamed");
        assertThat(stored.getDisplayPreferences()).isEqualTo(new DisplayPreferences(ThemeMode.DARK, RiseColor.RED));
    }

    @Test
    @WithMockUser(username = "theme.nobody", roles = "VIEWER")
    void aSignedInNameWithoutAccountGetsTheDefaults() {
        assertThat(users.ownDisplayPreferences()).isEqualTo(DisplayPreferences.DEFAULT);
    }

    private DisplayPreferences stored(String username) {
        return repository.findByUsername(username).orElseThrow().getDisplayPreferences();
    }

    private void ensureUser(String username, Role role) {
        if (!repository.existsByUsername(username)) {
            SystemAuthentication.call(() -> users.bootstrap(
                    username, "Theme " + username, "theme-password-1", false, true, Set.of(role), List.of()));
        }
    }
}
