package app.neodesk.webhook;

import app.neodesk.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An endpoint that receives quote writes. Changed only through {@link WebhookService}. */
@Entity
@Table(name = "webhook")
public class Webhook extends AbstractEntity {

    public static final int URL_MAX_LENGTH = 2000;
    public static final int DESCRIPTION_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_seq")
    @SequenceGenerator(name = "webhook_seq", sequenceName = "webhook_seq", allocationSize = 50)
    private @Nullable Long id;

    @NotBlank
    @Size(max = URL_MAX_LENGTH)
    @Column(nullable = false, length = URL_MAX_LENGTH)
    private String url = "";

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String secret = "";

    @Size(max = DESCRIPTION_MAX_LENGTH)
    @Column(length = DESCRIPTION_MAX_LENGTH)
    private @Nullable String description;

    @Column(nullable = false)
    private boolean active = true;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @NotBlank
    @Size(max = 50)
    @Column(name = "created_by", nullable = false, updatable = false, length = 50)
    private String createdBy = "";

    @SuppressWarnings("NullAway.Init") // JPA fills the fields
    protected Webhook() {}

    Webhook(String url, String secret, @Nullable String description, Instant createdAt, String createdBy) {
        this.url = url;
        this.secret = secret;
        this.description = description;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    @Override
    public @Nullable Long getId() {
        return id;
    }

    public String getUrl() {
        return url;
    }

    String getSecret() {
        return secret;
    }

    void setSecret(String secret) {
        this.secret = secret;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
