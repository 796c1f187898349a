package app.neodesk.token;

import app.neodesk.audit.AuditAction;
import app.neodesk.audit.AuditService;
import app.neodesk.base.CurrentUser;
import app.neodesk.base.NotFoundException;
import app.neodesk.base.ValidationException;
import app.neodesk.team.AppUser;
import app.neodesk.team.AppUserRepository;
import app.neodesk.team.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens: every signed-in user creates, lists and revokes their own; admins list
 * and revoke all. Viewers (traders) get read tokens only. The token text is returned once by
 * {@link #create}; only its hash is stored. API requests are checked by {@link TokenAuthenticator}.
 */
@Service
public class ApiTokenService {

    static final String ENTITY = "ApiToken";
    public static final int DEFAULT_DAYS = 90;

    private final ApiTokenRepository tokens;
    private final AppUserRepository users;
    private final AuditService audit;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, AppUserRepository users, AuditService audit, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** The scopes the signed-in user may give a token: {@code read}, and {@code read write} for analysts and admins. */
    @PreAuthorize("isAuthenticated()")
    public List<TokenScope> scopesForMe() {
        return mayWrite() ? List.of(TokenScope.READ, TokenScope.READ_WRITE) : List.of(TokenScope.READ);
    }

    /** The expiry a new token gets unless another is chosen: today + 90 days. */
    @PreAuthorize("isAuthenticated()")
    public LocalDate defaultExpiry() {
        return today().plusDays(DEFAULT_DAYS);
    }

    /** The latest expiry a new token may have: a year from today. */
    @PreAuthorize("isAuthenticated()")
    public LocalDate latestExpiry() {
        return today().plusYears(1);
    }

    /**
     * Creates a token for the signed-in user. {@code expiresOn} is the last day it works (null: in
     * 90 days). Returns the token text, which is not stored and cannot be shown again.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CreatedToken create(
            @Nullable String name, TokenScope scope, @Nullable LocalDate expiresOn, @Nullable String notes) {
        var owner = me();
        var cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            throw new ValidationException("name", "Enter a name for the token");
        }
        if (cleanName.length() > ApiToken.NAME_MAX_LENGTH) {
            throw new ValidationException("name", "At most " + ApiToken.NAME_MAX_LENGTH + " characters");
        }
        if (scope == TokenScope.READ_WRITE && !mayWrite()) {
            throw new ValidationException("scope", "Only analysts and admins may create read write tokens");
        }
        var expiry = expiresOn == null ? defaultExpiry() : expiresOn;
        if (expiry.isBefore(today())) {
            throw new ValidationException("expiresOn", "The expiry date is in the past");
        }
        if (expiry.isAfter(latestExpiry())) {
            throw new ValidationException(
                    "expiresOn", "A token may last at most one year (until " + latestExpiry() + ")");
        }
        var cleanNotes = notes == null || notes.isBlank() ? null : notes.strip();
        if (cleanNotes != null && cleanNotes.length() > ApiToken.NOTES_MAX_LENGTH) {
            throw new ValidationException("notes", "At most " + ApiToken.NOTES_MAX_LENGTH + " characters");
        }
        var now = clock.instant();
        if (tokens.existsActive(owner.getUsername(), cleanName, now)) {
            throw new ValidationException("name", "You already have an active token named \"" + cleanName + "\"");
        }
        var text = TokenText.generate();
        var token = tokens.save(new ApiToken(
                owner,
                cleanName,
                scope,
                TokenText.displayPrefix(text),
                TokenText.sha256(text),
                cleanNotes,
                now,
                endOf(expiry)));
        audit.record(
                ENTITY,
                token.getId(),
                AuditAction.CREATE,
                "Token \"" + cleanName + "\" (" + scope.code() + ", " + token.getTokenPrefix() + "…) for "
                        + owner.getUsername() + ", expires " + expiry);
        return new CreatedToken(info(token, now), text);
    }

    /** The signed-in user's tokens, newest first, revoked and expired ones included. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TokenInfo> mine() {
        var now = clock.instant();
        return tokens.findByOwnerUsernameOrderByCreatedAtDescIdDesc(username()).stream()
                .map(t -> info(t, now))
                .toList();
    }

    /** Revokes one of the signed-in user's tokens; someone else's token is "not found". */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TokenInfo revokeMine(long id) {
        var token = tokens.findByIdAndOwnerUsername(id, username()).orElseThrow(() -> new NotFoundException("Token"));
        return revoke(token);
    }

    /** Every user's tokens, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<TokenInfo> all() {
        var now = clock.instant();
        return tokens.findAllByOrderByCreatedAtDescIdDesc().stream()
                .map(t -> info(t, now))
                .toList();
    }

    /** Revokes any user's token. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public TokenInfo revoke(long id) {
        return revoke(tokens.findById(id).orElseThrow(() -> new NotFoundException("Token")));
    }

    private TokenInfo revoke(ApiToken token) {
        var now = clock.instant();
        if (!token.isRevoked()) {
            token.revoke(now);
            audit.record(
                    ENTITY,
                    token.getId(),
                    AuditAction.UPDATE,
                    "Token \"" + token.getName() + "\" (" + token.getTokenPrefix() + "…) of "
                            + token.getOwner().getUsername() + " revoked");
        }
        return info(token, now);
    }

    private TokenInfo info(ApiToken t, Instant now) {
        return new TokenInfo(
                t.getId() == null ? 0 : t.getId(),
                t.getOwner().getUsername(),
                t.getName(),
                t.getTokenPrefix(),
                t.getScope(),
                t.getCreatedAt(),
                lastDay(t.getExpiresAt()),
                t.getLastUsedAt(),
                t.getRevokedAt(),
                t.getNotes(),
                !t.isRevoked() && !t.isExpired(now));
    }

    /** The first instant after the expiry day, in the desk's time zone. */
    private Instant endOf(LocalDate expiry) {
        return expiry.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    }

    private LocalDate lastDay(Instant expiresAt) {
        return LocalDate.ofInstant(expiresAt, clock.getZone()).minusDays(1);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static boolean mayWrite() {
        return CurrentUser.hasAuthority(Role.ANALYST.authority()) || CurrentUser.hasAuthority(Role.ADMIN.authority());
    }

    private static String username() {
        return CurrentUser.username().orElseThrow(() -> new NotFoundException("User"));
    }

    private AppUser me() {
        return users.findByUsername(username()).orElseThrow(() -> new NotFoundException("User"));
    }
}
