package app.neodesk.base;

import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling, always from the security context and never from a parameter. Services use it
 * to record authors and actors and to look up the caller's own records.
 */
public final class CurrentUser {

    /** The actor name for work done outside a sign-in (start-up, demo seeding). */
    public static final String SYSTEM = "system";

    private CurrentUser() {}

    /** The signed-in user's name, if anyone is signed in. */
    public static Optional<String> username() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null || auth.getName().isBlank()
                ? Optional.empty()
                : Optional.of(auth.getName());
    }

    /** The name to record as the actor of a change: the signed-in user, or {@value #SYSTEM}. */
    public static String actor() {
        return username().orElse(SYSTEM);
    }

    /** Whether the caller holds the authority, e.g. {@code ROLE_ADMIN}. */
    public static boolean hasAuthority(String authority) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
