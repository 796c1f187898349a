package app.neodesk.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of the permanent, append-only audit trail. Never updated, never deleted. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    public static final int SUMMARY_MAX_LENGTH = 4000;
    public static final String SORT_OCCURRED_AT = "occurredAt";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt = Instant.EPOCH;

    @Column(nullable = false, length = 50, updatable = false)
    private String actor = "";

    @Column(name = "entity_type", nullable = false, length = 40, updatable = false)
    private String entityType = "";

    @Column(name = "entity_id", updatable = false)
    private @Nullable Long entityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private AuditAction action = AuditAction.UPDATE;

    @Column(nullable = false, length = SUMMARY_MAX_LENGTH, updatable = false)
    private String summary = "";

    protected AuditEvent() {}

    AuditEvent(
            Instant occurredAt,
            String actor,
            String entityType,
            @Nullable Long entityId,
            AuditAction action,
            String summary) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.summary =
                summary.length() > SUMMARY_MAX_LENGTH ? summary.substring(0, SUMMARY_MAX_LENGTH - 1) + "…" : summary;
    }

    public @Nullable Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public @Nullable Long getEntityId() {
        return entityId;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getSummary() {
        return summary;
    }
}
