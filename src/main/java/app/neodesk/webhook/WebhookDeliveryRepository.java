package app.neodesk.webhook;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface WebhookDeliveryRepository extends JpaRepository<WebhookDelivery, Long> {

    @Query("select d.id from WebhookDelivery d where d.status = app.neodesk.webhook.DeliveryStatus.PENDING"
            + " and d.nextAttemptAt <= :now order by d.nextAttemptAt, d.id")
    List<Long> findDue(@Param("now") Instant now, Pageable page);

    /**
     * Claims a due delivery for one attempt by moving its next attempt to {@code leaseUntil}; 1 if this
     * caller won it, 0 if another attempt has it (or it is no longer due).
     */
    @Modifying
    @Query("update WebhookDelivery d set d.nextAttemptAt = :leaseUntil, d.version = d.version + 1"
            + " where d.id = :id and d.status = app.neodesk.webhook.DeliveryStatus.PENDING and d.nextAttemptAt <= :now")
    int claim(@Param("id") long id, @Param("now") Instant now, @Param("leaseUntil") Instant leaseUntil);

    @Query("select d from WebhookDelivery d join fetch d.webhook order by d.createdAt desc, d.id desc")
    List<WebhookDelivery> findRecent(Pageable page);

    @Query("select d from WebhookDelivery d join fetch d.webhook w where w.id = :webhookId"
            + " order by d.createdAt desc, d.id desc")
    List<WebhookDelivery> findRecent(@Param("webhookId") long webhookId, Pageable page);

    @Query("select d.webhook.id, count(d) from WebhookDelivery d"
            + " where d.status = app.neodesk.webhook.DeliveryStatus.FAILED group by d.webhook.id")
    List<Object[]> countFailuresByWebhook();

    @Modifying
    @Query("delete from WebhookDelivery d where d.webhook.id = :webhookId")
    int deleteByWebhook(@Param("webhookId") long webhookId);
}
