package app.neodesk.audit;

import app.neodesk.base.CurrentUser;
import app.neodesk.base.SearchText;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit trail. Other services record into it inside their own transaction, so
 * a change and its audit entry are committed together or not at all.
 */
@Service
public class AuditService {

    private final AuditEventRepository repository;
    private final Clock clock;
    private final KnownUsers users;

    AuditService(AuditEventRepository repository, Clock clock, KnownUsers users) {
        this.repository = repository;
        this.clock = clock;
        this.users = users;
    }

    /** Records an event for the signed-in user (or "system" outside a request). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, @Nullable Long entityId, AuditAction action, String summary) {
        repository.save(new AuditEvent(clock.instant(), currentActor(), entityType, entityId, action, summary));
    }

    /** A blocked sign-in happens outside any user's transaction; it is recorded in its own. */
    @EventListener
    @Transactional
    void on(SignInBlocked event) {
        repository.save(new AuditEvent(
                clock.instant(),
                event.username(),
                "User",
                null,
                AuditAction.LOGIN_LOCKED,
                event.username() + ": sign-in blocked after repeated failed attempts"));
    }

    /** A page of the trail, newest first (ties by id, so the later of two events at one instant comes first). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Slice<AuditEvent> search(AuditFilter filter, Pageable pageable) {
        Specification<AuditEvent> spec = (root, query, cb) -> cb.conjunction();
        var entityType = filter.entityType();
        if (entityType != null && !entityType.isBlank()) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("entityType"), entityType.strip()));
        }
        var actor = filter.actor();
        if (actor != null && !actor.isBlank()) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("actor"), actor.strip()));
        }
        var text = SearchText.containsPattern(filter.text());
        if (text != null) {
            spec = spec.and((root, query, cb) -> cb.like(cb.lower(root.get("summary")), text));
        }
        if (filter.from() != null) {
            var from = startOf(filter.from());
            spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("occurredAt"), from));
        }
        if (filter.to() != null) {
            var to = startOf(filter.to().plusDays(1));
            spec = spec.and((root, query, cb) -> cb.lessThan(root.get("occurredAt"), to));
        }
        var newestFirst = Sort.by(Sort.Order.desc(AuditEvent.SORT_OCCURRED_AT), Sort.Order.desc("id"));
        // The sort goes into the page request: slice() orders by the pageable's sort and would drop
        // a sortBy() given before it, leaving the rows in insertion order (oldest first).
        return repository.findBy(
                spec, q -> q.slice(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), newestFirst)));
    }

    /** The trail of one entity, newest first (as the audit view lists it). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEvent> historyOf(String entityType, long entityId) {
        return repository.findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc(entityType, entityId);
    }

    /** The names the trail can be filtered by: every user, then {@value CurrentUser#SYSTEM}. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<String> actorNames() {
        var names = new ArrayList<>(users.usernames());
        names.add(CurrentUser.SYSTEM);
        return names;
    }

    private Instant startOf(LocalDate date) {
        return date.atStartOfDay(clock.getZone()).toInstant();
    }

    private static String currentActor() {
        return CurrentUser.actor();
    }
}
