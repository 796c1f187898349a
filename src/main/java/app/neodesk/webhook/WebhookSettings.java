package app.neodesk.webhook;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook settings, checked at start-up.
 *
 * @param allowLoopbackHttp {@code neodesk.webhooks.allow-loopback-http} (default false): accept plain
 *                          {@code http://} URLs to loopback hosts (127.0.0.1, ::1, localhost); for tests
 *                          and local development only
 * @param backoff           {@code neodesk.webhooks.backoff}: the waits before the 2nd, 3rd, ... attempt
 *                          (default 10s, 1m, 5m, 30m, 2h); the last one repeats up to {@code maxAttempts}
 * @param maxAttempts       {@code neodesk.webhooks.max-attempts} (default 6): attempts before a delivery fails
 * @param connectTimeout    {@code neodesk.webhooks.connect-timeout} (default 5s)
 * @param readTimeout       {@code neodesk.webhooks.read-timeout} (default 10s): the whole answer must come in this time
 * @param pollInterval      {@code neodesk.webhooks.poll-interval} (default 5s): the scheduler's fixed delay
 * @param threads           {@code neodesk.webhooks.threads} (default 2): concurrent deliveries
 * @param queueCapacity     {@code neodesk.webhooks.queue-capacity} (default 1000): events waiting for a thread;
 *                          beyond it new events are dropped with a warning (the write is never held up)
 */
@ConfigurationProperties("neodesk.webhooks")
public record WebhookSettings(
        @DefaultValue("false") boolean allowLoopbackHttp,
        @DefaultValue({"10s", "1m", "5m", "30m", "2h"}) List<Duration> backoff,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("2") int threads,
        @DefaultValue("1000") int queueCapacity) {

    public WebhookSettings {
        if (backoff.isEmpty() || backoff.stream().anyMatch(Duration::isNegative)) {
            throw new IllegalArgumentException("neodesk.webhooks.backoff needs at least one non-negative duration");
        }
        if (maxAttempts < 1 || threads < 1 || queueCapacity < 1) {
            throw new IllegalArgumentException(
                    "neodesk.webhooks.max-attempts, threads and queue-capacity must be at least 1");
        }
        backoff = List.copyOf(backoff);
    }

    /** The wait after the {@code attempts}-th failed attempt. */
    Duration backoffAfter(int attempts) {
        return backoff.get(Math.min(Math.max(attempts, 1), backoff.size()) - 1);
    }
}
