package app.neodesk.webhook;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface WebhookRepository extends JpaRepository<Webhook, Long> {

    boolean existsByUrl(String url);

    List<Webhook> findByActiveTrue();

    List<Webhook> findAllByOrderByCreatedAtDescIdDesc();
}
