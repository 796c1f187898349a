package app.neodesk.webhook;

import app.neodesk.audit.AuditAction;
import app.neodesk.audit.AuditService;
import app.neodesk.base.CurrentUser;
import app.neodesk.base.NotFoundException;
import app.neodesk.base.ValidationException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admin management of webhooks: register, list, enable/disable, delete, rotate the secret, and the
 * recent deliveries. Delivery itself is {@link WebhookDispatcher}'s.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class WebhookService {

    /** The most deliveries the recent list returns. */
    public static final int MAX_RECENT = 500;

    private final WebhookRepository webhooks;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookSettings settings;
    private final AuditService audit;
    private final Clock clock;

    WebhookService(
            WebhookRepository webhooks,
            WebhookDeliveryRepository deliveries,
            WebhookSettings settings,
            AuditService audit,
            Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** A webhook as the admin list shows it, with its last delivery's status and its failed deliveries. */
    public record WebhookSummary(
            long id,
            long version,
            String url,
            @Nullable String description,
            boolean active,
            Instant createdAt,
            String createdBy,
            @Nullable DeliveryStatus lastStatus,
            @Nullable Integer lastStatusCode,
            long failureCount) {}

    /** A new webhook and its secret, shown once. */
    public record Registered(long id, String url, String secret) {}

    /** One delivery as the admin grid shows it. */
    public record DeliveryRow(
            long id,
            long webhookId,
            String webhookUrl,
            String eventType,
            DeliveryStatus status,
            int attempts,
            @Nullable Integer lastStatusCode,
            @Nullable String lastError,
            @Nullable Instant nextAttemptAt,
            Instant createdAt,
            @Nullable Instant deliveredAt) {}

    /**
     * Registers an endpoint. The URL must be https:// (plain http only to loopback when
     * {@code neodesk.webhooks.allow-loopback-http} is on), without credentials, not registered yet.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Registered register(String url, @Nullable String description) {
        var checked = WebhookUrls.check(url, settings.allowLoopbackHttp());
        if (webhooks.existsByUrl(checked)) {
            throw new ValidationException("url", "This URL is registered already");
        }
        var text = description == null || description.isBlank() ? null : description.strip();
        if (text != null && text.length() > Webhook.DESCRIPTION_MAX_LENGTH) {
            throw new ValidationException(
                    "description",
                    "The description is too long (at most " + Webhook.DESCRIPTION_MAX_LENGTH + " characters)");
        }
        var secret = WebhookSignature.newSecret();
        var saved = webhooks.save(new Webhook(checked, secret, text, clock.instant(), CurrentUser.actor()));
        var id = saved.requireId();
        audit.record("Webhook", id, AuditAction.CREATE, "Webhook to " + host(checked) + " registered");
        return new Registered(id, checked, secret);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<WebhookSummary> list() {
        var failures = new HashMap<Long, Long>();
        for (var row : deliveries.countFailuresByWebhook()) {
            failures.put((Long) row[0], (Long) row[1]);
        }
        return webhooks.findAllByOrderByCreatedAtDescIdDesc().stream()
                .map(w -> {
                    var id = w.requireId();
                    var last = deliveries.findRecent(id, PageRequest.of(0, 1)).stream()
                            .findFirst();
                    return new WebhookSummary(
                            id,
                            w.getVersion(),
                            w.getUrl(),
                            w.getDescription(),
                            w.isActive(),
                            w.getCreatedAt(),
                            w.getCreatedBy(),
                            last.map(WebhookDelivery::getStatus).orElse(null),
                            last.map(WebhookDelivery::getLastStatusCode).orElse(null),
                            failures.getOrDefault(id, 0L));
                })
                .toList();
    }

    /** Enables or disables an endpoint; a disabled one gets no new events and its pending deliveries fail. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setActive(long id, boolean active) {
        var webhook = get(id);
        if (webhook.isActive() != active) {
            webhook.setActive(active);
            audit.record(
                    "Webhook",
                    id,
                    AuditAction.UPDATE,
                    "Webhook to " + host(webhook.getUrl()) + (active ? " enabled" : " disabled"));
        }
    }

    /** Deletes an endpoint and its deliveries. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(long id) {
        var webhook = get(id);
        deliveries.deleteByWebhook(id);
        webhooks.delete(webhook);
        audit.record("Webhook", id, AuditAction.DELETE, "Webhook to " + host(webhook.getUrl()) + " deleted");
    }

    /** Replaces the secret; returns the new one (the old one stops signing at once). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String rotateSecret(long id) {
        var webhook = get(id);
        var secret = WebhookSignature.newSecret();
        webhook.setSecret(secret);
        audit.record(
                "Webhook", id, AuditAction.UPDATE, "Secret of the webhook to " + host(webhook.getUrl()) + " rotated");
        return secret;
    }

    /** The current secret, for an admin who asks to see it. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public String secret(long id) {
        return get(id).getSecret();
    }

    /** The newest deliveries of every webhook, at most {@code limit} (capped at {@value #MAX_RECENT}). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<DeliveryRow> recentDeliveries(int limit) {
        return deliveries.findRecent(PageRequest.of(0, cap(limit))).stream()
                .map(WebhookService::row)
                .toList();
    }

    /** The newest deliveries of one webhook. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<DeliveryRow> recentDeliveries(long webhookId, int limit) {
        return deliveries.findRecent(webhookId, PageRequest.of(0, cap(limit))).stream()
                .map(WebhookService::row)
                .toList();
    }

    /** The newest failed deliveries (given up after the last attempt). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<DeliveryRow> recentFailures(int limit) {
        return recentDeliveries(MAX_RECENT).stream()
                .filter(d -> d.status() == DeliveryStatus.FAILED)
                .limit(cap(limit))
                .toList();
    }

    private Webhook get(long id) {
        return webhooks.findById(id).orElseThrow(() -> new NotFoundException("This webhook no longer exists"));
    }

    private static int cap(int limit) {
        return Math.max(1, Math.min(limit, MAX_RECENT));
    }

    private static DeliveryRow row(WebhookDelivery d) {
        var webhook = d.getWebhook();
        return new DeliveryRow(
                d.requireId(),
                webhook.requireId(),
                webhook.getUrl(),
                d.getEventType(),
                d.getStatus(),
                d.getAttempts(),
                d.getLastStatusCode(),
                d.getLastError(),
                d.getNextAttemptAt(),
                d.getCreatedAt(),
                d.getDeliveredAt());
    }

    /** The host of a URL for the audit trail (a URL's path or query may carry a token). */
    private static String host(String url) {
        try {
            var host = URI.create(url).getHost();
            return host == null ? "?" : host;
        } catch (IllegalArgumentException e) {
            return "?";
        }
    }
}
