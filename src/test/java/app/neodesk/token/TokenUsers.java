package app.neodesk.token;

import app.neodesk.security.SystemAuthentication;
import app.neodesk.team.AppUserRepository;
import app.neodesk.team.Role;
import app.neodesk.team.UserService;
import java.util.List;
import java.util.Set;

/** The token tests' own accounts (the test database is shared), created once. */
public final class TokenUsers {

    public static final String VIEWER = "tok.viewer";
    public static final String ANALYST = "tok.analyst";
    public static final String ADMIN = "tok.admin";
    public static final String OTHER = "tok.other";
    public static final String DISABLED = "tok.disabled";

    private TokenUsers() {}

    public static synchronized void ensure(UserService users, AppUserRepository repository) {
        ensure(users, repository, VIEWER, Role.VIEWER);
        ensure(users, repository, ANALYST, Role.ANALYST);
        ensure(users, repository, ADMIN, Role.ADMIN);
        ensure(users, repository, OTHER, Role.VIEWER);
        ensure(users, repository, DISABLED, Role.ANALYST);
    }

    private static void ensure(UserService users, AppUserRepository repository, String username, Role role) {
        if (!repository.existsByUsername(username)) {
            SystemAuthentication.run(() -> users.bootstrap(
                    username, "Token " + username, "token-test-password-1", false, false, Set.of(role), List.of()));
        }
    }
}
