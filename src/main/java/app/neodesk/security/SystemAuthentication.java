package app.neodesk.security;

import app.neodesk.team.Role;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (first admin, demo data) as the internal "system" admin, so that it goes
 * through the same secured services as a person would, and is audited as "system".
 */
public final class SystemAuthentication {

    private SystemAuthentication() {}

    public static <T> T call(Supplier<T> work) {
        return callAs("system", List.of(Role.ADMIN), work);
    }

    /** Runs demo seeding as a named user (authored annotations, own watchlist). */
    public static void runAs(String username, Runnable work) {
        callAs(username, List.of(), () -> {
            work.run();
            return null;
        });
    }

    private static <T> T callAs(String username, List<Role> roles, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username,
                null,
                roles.stream()
                        .map(r -> new SimpleGrantedAuthority(r.authority()))
                        .toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
