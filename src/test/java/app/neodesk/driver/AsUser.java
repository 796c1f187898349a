package app.neodesk.driver;

import app.neodesk.team.Role;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs test code as one of the demo users, with that user's demo role. */
public final class AsUser {

    static final Map<String, Role> DEMO_ROLES =
            Map.of("admin", Role.ADMIN, "analyst", Role.ANALYST, "trader", Role.VIEWER, "trader2", Role.VIEWER);

    private AsUser() {}

    public static <T> T call(String username, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username,
                null,
                List.of(new SimpleGrantedAuthority(DEMO_ROLES.get(username).authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(String username, Runnable work) {
        call(username, () -> {
            work.run();
            return null;
        });
    }
}
