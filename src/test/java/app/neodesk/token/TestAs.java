package app.neodesk.token;

import app.neodesk.team.Role;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs test steps as a named user with one role, then restores the previous context. */
public final class TestAs {

    private TestAs() {}

    public static <T> T call(String username, String role, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username,
                null,
                List.of(new SimpleGrantedAuthority(Role.valueOf(role).authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(String username, String role, Runnable work) {
        call(username, role, () -> {
            work.run();
            return null;
        });
    }
}
