package app.neodesk.token;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A token as lists show it: never its hash. {@code expiresOn} is the last day it works;
 * {@code active} is false once it is revoked or expired.
 */
public record TokenInfo(
        long id,
        String owner,
        String name,
        String prefix,
        TokenScope scope,
        Instant createdAt,
        LocalDate expiresOn,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt,
        @Nullable String notes,
        boolean active) {

    public String status() {
        if (revokedAt != null) {
            return "Revoked";
        }
        return active ? "Active" : "Expired";
    }
}
