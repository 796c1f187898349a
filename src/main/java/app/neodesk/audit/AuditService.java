package app.neodesk.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The append-only audit trail. Other services record into it inside their own transaction, so
 * a change and its audit entry are committed together or not at all.
 */
@Service
public class AuditService {

    private final AuditEventRepository repository;
    private final Clock clock;

    AuditService(AuditEventRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Records an event for the signed-in user (or "system" outside a request). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, @Nullable Long entityId, AuditAction action, String summary) {
        repository.save(new AuditEvent(clock.instant(), currentActor(), entityType, entityId, action, summary));
    }

    /** Records an event without an enclosing transaction, e.g. a refused sign-in. */
    @Transactional
    public void recordStandalone(String actor, String entityType, AuditAction action, String summary) {
        repository.save(new AuditEvent(clock.instant(), actor, entityType, null, action, summary));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Slice<AuditEvent> search(AuditFilter filter, Pageable pageable) {
        Instant from = filter.from() == null ? null : startOf(filter.from());
        Instant to = filter.to() == null ? null : startOf(filter.to().plusDays(1));
        String text = blankToNull(filter.text());
        return repository.search(blankToNull(filter.entityType()), blankToNull(filter.actor()),
                text == null ? null : "%" + text.toLowerCase(Locale.ROOT) + "%", from, to,
                Pageable.ofSize(pageable.getPageSize()).withPage(pageable.getPageNumber()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEvent> historyOf(String entityType, long entityId) {
        return repository.findByEntityTypeAndEntityIdOrderByOccurredAtAscIdAsc(entityType, entityId);
    }

    private Instant startOf(LocalDate date) {
        return date.atStartOfDay(clock.getZone()).toInstant();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String currentActor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }
}
