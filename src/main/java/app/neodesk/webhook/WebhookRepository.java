package app.neodesk.webhook;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface WebhookRepository extends JpaRepository<Webhook, Long> {

    boolean existsByUrl(String url);

    List<Webhook> findByActiveTrue();

    List<Webhook> findAllByOrderByCreatedAtDescIdDesc();
}
