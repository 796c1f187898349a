package app.neodesk.token;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Checks the bearer token of an API request. It runs in the security filter before anyone is
 * signed in, so it is a component of the chain rather than a secured service method. A token is
 * found by its SHA-256 hash (the hash, not the token, is compared, and in constant time); a
 * revoked or expired token or a disabled owner is refused. The check reads the token and its owner
 * and the owner's roles in one query, outside any transaction (there is nothing to flush);
 * the last use is written, in its own short transaction, at most once a minute per token.
 */
@Component
class TokenAuthenticator {

    static final String MISSING =
            "Missing bearer token: send the header \"Authorization: Bearer ndk_…\" with a personal access token.";
    static final String MALFORMED = "Malformed bearer token: a token is \"ndk_\" followed by 43 characters.";
    static final String INVALID = "The token is not valid.";
    static final String REVOKED = "The token has been revoked.";
    static final String DISABLED = "The token's account is disabled.";
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final Clock clock;

    TokenAuthenticator(ApiTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    public TokenCheck authenticate(String bearer) {
        var text = bearer.strip();
        if (!TokenText.wellFormed(text)) {
            return new TokenCheck.Refused(MALFORMED);
        }
        var hash = TokenText.sha256(text);
        var rows = tokens.findCredentials(hash);
        if (rows.isEmpty() || !TokenText.sameHash(rows.getFirst().tokenHash(), hash)) {
            return new TokenCheck.Refused(INVALID);
        }
        var token = rows.getFirst();
        var now = clock.instant();
        var lastDay = LocalDate.ofInstant(token.expiresAt(), clock.getZone()).minusDays(1);
        if (token.revoked()) {
            return new TokenCheck.Refused(REVOKED);
        }
        if (token.expired(now)) {
            return new TokenCheck.Refused("The token expired at the end of " + lastDay + ".");
        }
        if (!token.enabled()) {
            return new TokenCheck.Refused(DISABLED);
        }
        var last = token.lastUsedAt();
        var since = now.minus(TOUCH_INTERVAL);
        if (last == null || last.isBefore(since)) {
            tokens.touch(token.id(), now, since);
        }
        var roles = rows.stream().map(TokenCredentials::role).collect(Collectors.toUnmodifiableSet());
        return new TokenCheck.Accepted(
                new TokenPrincipal(token.username(), roles, token.scope(), token.id(), token.name(), lastDay));
    }
}
