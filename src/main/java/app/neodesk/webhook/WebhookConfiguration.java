package app.neodesk.webhook;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on Spring's scheduling for {@link WebhookDispatcher#sendDue()} (the only {@code @Scheduled}
 * method of the app; it runs on Spring's single scheduler thread with a fixed delay).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class WebhookConfiguration {}
