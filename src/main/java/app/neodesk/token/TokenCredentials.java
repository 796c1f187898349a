package app.neodesk.token;

import app.neodesk.team.Role;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What checking a bearer token reads, in one query: the token's state and its owner's name, status
 * and one of the owner's roles (one row per role), without loading either entity (and so without
 * their associations or a flush).
 */
public record TokenCredentials(
        long id,
        String tokenHash,
        TokenScope scope,
        String name,
        Instant expiresAt,
        @Nullable Instant revokedAt,
        @Nullable Instant lastUsedAt,
        String username,
        boolean enabled,
        Role role) {

    boolean revoked() {
        return revokedAt != null;
    }

    boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
