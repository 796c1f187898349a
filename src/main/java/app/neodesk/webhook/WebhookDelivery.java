package app.neodesk.webhook;

import app.neodesk.base.AbstractEntity;
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
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One event on its way to one webhook, with the outcome of its last attempt. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends AbstractEntity {

    public static final int ERROR_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_delivery_seq")
    @SequenceGenerator(name = "webhook_delivery_seq", sequenceName = "webhook_delivery_seq", allocationSize = 50)
    private @Nullable Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "webhook_id", nullable = false, updatable = false)
    private Webhook webhook;

    @NotBlank
    @Size(max = 40)
    @Column(name = "event_type", nullable = false, updatable = false, length = 40)
    private String eventType = "";

    @NotBlank
    @Size(max = 4000)
    @Column(nullable = false, updatable = false, length = 4000)
    private String payload = "";

    @PositiveOrZero
    @Column(nullable = false)
    private int attempts;

    @NotNull
    @Convert(converter = DeliveryStatus.Column.class)
    @Column(nullable = false, length = 10)
    private DeliveryStatus status = DeliveryStatus.PENDING;

    @Column(name = "last_status_code")
    private @Nullable Integer lastStatusCode;

    @Size(max = ERROR_MAX_LENGTH)
    @Column(name = "last_error", length = ERROR_MAX_LENGTH)
    private @Nullable String lastError;

    @Column(name = "next_attempt_at")
    private @Nullable Instant nextAttemptAt;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private @Nullable Instant deliveredAt;

    @SuppressWarnings("NullAway.Init") // JPA fills the fields
    protected WebhookDelivery() {}

    WebhookDelivery(Webhook webhook, String eventType, String payload, Instant createdAt) {
        this.webhook = webhook;
        this.eventType = eventType;
        this.payload = payload;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    @Override
    public @Nullable Long getId() {
        return id;
    }

    Webhook getWebhook() {
        return webhook;
    }

    public String getEventType() {
        return eventType;
    }

    String getPayload() {
        return payload;
    }

    public int getAttempts() {
        return attempts;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public @Nullable Integer getLastStatusCode() {
        return lastStatusCode;
    }

    public @Nullable String getLastError() {
        return lastError;
    }

    public @Nullable Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getDeliveredAt() {
        return deliveredAt;
    }

    void delivered(int statusCode, Instant at) {
        attempts++;
        status = DeliveryStatus.DELIVERED;
        lastStatusCode = statusCode;
        lastError = null;
        nextAttemptAt = null;
        deliveredAt = at;
    }

    /** A failed attempt: retry at {@code next}, or give up when {@code next} is null. */
    void attemptFailed(@Nullable Integer statusCode, String error, @Nullable Instant next) {
        attempts++;
        lastStatusCode = statusCode;
        lastError = error.length() > ERROR_MAX_LENGTH ? error.substring(0, ERROR_MAX_LENGTH) : error;
        nextAttemptAt = next;
        status = next == null ? DeliveryStatus.FAILED : DeliveryStatus.PENDING;
    }
}
