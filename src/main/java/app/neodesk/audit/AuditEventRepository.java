package app.neodesk.audit;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    @Query("""
            select e from AuditEvent e
            where (:entityType is null or e.entityType = :entityType)
              and (:actor is null or e.actor = :actor)
              and (:text is null or lower(e.summary) like :text)
              and (:fromInstant is null or e.occurredAt >= :fromInstant)
              and (:toInstant is null or e.occurredAt < :toInstant)
            order by e.occurredAt desc, e.id desc
            """)
    Slice<AuditEvent> search(@Param("entityType") @Nullable String entityType,
                             @Param("actor") @Nullable String actor,
                             @Param("text") @Nullable String text,
                             @Param("fromInstant") @Nullable Instant fromInstant,
                             @Param("toInstant") @Nullable Instant toInstant,
                             Pageable pageable);

    List<AuditEvent> findByEntityTypeAndEntityIdOrderByOccurredAtAscIdAsc(String entityType, long entityId);
}
