package app.neodesk.token;

import app.neodesk.base.AbstractEntity;
import app.neodesk.team.AppUser;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A personal access token: its owner, name, scope and lifetime, and the SHA-256 hash of the token
 * text (the text itself is shown once and never stored). The last use is written by a bulk update
 * that leaves the version alone, so API traffic never conflicts with a revocation.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends AbstractEntity {

    public static final int NAME_MAX_LENGTH = 100;
    public static final int NOTES_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false) // the lists fetch it with the token (ApiTokenRepository)
    @JoinColumn(name = "owner_id", nullable = false, updatable = false)
    private AppUser owner;

    @NotBlank
    @Size(max = NAME_MAX_LENGTH)
    @Column(nullable = false, length = NAME_MAX_LENGTH, updatable = false)
    private String name;

    @NotNull
    @Convert(converter = TokenScopeConverter.class)
    @Column(nullable = false, length = 10, updatable = false)
    private TokenScope scope;

    @Pattern(regexp = "ndk_[A-Za-z0-9_-]{4}")
    @Column(name = "token_prefix", nullable = false, length = 12, updatable = false)
    private String tokenPrefix;

    @Pattern(regexp = "[0-9a-f]{64}")
    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Size(max = NOTES_MAX_LENGTH)
    @Column(length = NOTES_MAX_LENGTH, updatable = false)
    private @Nullable String notes;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @NotNull
    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at", insertable = false, updatable = false)
    private @Nullable Instant lastUsedAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @SuppressWarnings("NullAway.Init")
    protected ApiToken() {}

    ApiToken(
            AppUser owner,
            String name,
            TokenScope scope,
            String tokenPrefix,
            String tokenHash,
            @Nullable String notes,
            Instant createdAt,
            Instant expiresAt) {
        this.owner = owner;
        this.name = name;
        this.scope = scope;
        this.tokenPrefix = tokenPrefix;
        this.tokenHash = tokenHash;
        this.notes = notes;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    @Override
    public @Nullable Long getId() {
        return id;
    }

    public AppUser getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public TokenScope getScope() {
        return scope;
    }

    public String getTokenPrefix() {
        return tokenPrefix;
    }

    String getTokenHash() {
        return tokenHash;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public @Nullable Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public @Nullable Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }
}
