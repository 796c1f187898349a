package app.neodesk.webhook;

import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import app.neodesk.live.PriceUpdate;
import app.neodesk.quote.QuoteService;
import app.neodesk.security.SystemAuthentication;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends committed quote writes to the active webhooks. After the writing transaction commits, the
 * {@link PriceUpdate} is handed to a bounded executor (the writer never waits, and a full queue
 * drops the event with a warning); there the quote is read, one pending delivery per active webhook
 * is stored and sent at once. Failed attempts are retried with back-off by {@link #sendDue()}, which
 * runs on a fixed delay. An attempt first claims its delivery, so no two threads send it together.
 */
@Component
class WebhookDispatcher implements DisposableBean {

    static final String QUOTE_WRITTEN = "quote.written";
    static final String QUOTE_DELETED = "quote.deleted";
    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int DUE_BATCH = 100;

    private final WebhookRepository webhooks;
    private final WebhookDeliveryRepository deliveries;
    private final QuoteService quotes;
    private final ProductService products;
    private final SourceService sources;
    private final WebhookSettings settings;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final TransactionTemplate readTx;
    private final ThreadPoolExecutor executor;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();

    WebhookDispatcher(
            WebhookRepository webhooks,
            WebhookDeliveryRepository deliveries,
            QuoteService quotes,
            ProductService products,
            SourceService sources,
            WebhookSettings settings,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.quotes = quotes;
        this.products = products;
        this.sources = sources;
        this.settings = settings;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.readTx = new TransactionTemplate(transactions);
        readTx.setReadOnly(true);
        var count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(
                settings.threads(),
                settings.threads(),
                60,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(settings.queueCapacity()),
                r -> {
                    var thread = new Thread(r, "webhook-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                new ThreadPoolExecutor.AbortPolicy());
        executor.allowCoreThreadTimeOut(true);
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** After commit only: a rolled-back write sends nothing. Never blocks or throws into the writer. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onCommitted(PriceUpdate update) {
        submit(() -> enqueueAndSend(update), "event");
    }

    /** Retries the due deliveries (and any that a restart left pending). */
    @Scheduled(
            fixedDelayString = "${neodesk.webhooks.poll-interval:5s}",
            initialDelayString = "${neodesk.webhooks.poll-interval:5s}")
    void sendDue() {
        try {
            var due = deliveries.findDue(clock.instant(), PageRequest.of(0, DUE_BATCH));
            for (var id : due) {
                if (!submit(() -> attempt(id), "retry")) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            log.warn("Webhook retry poll failed: {}", e.toString());
        }
    }

    private boolean submit(Runnable work, String what) {
        try {
            executor.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    log.warn("Webhook {} failed: {}", what, e.toString());
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            log.warn("Webhook queue full or stopped: {} dropped", what);
            return false;
        }
    }

    void enqueueAndSend(PriceUpdate update) {
        var ids = Objects.requireNonNull(tx.execute(status -> {
            var active = webhooks.findByActiveTrue();
            List<Long> created = new ArrayList<>();
            if (active.isEmpty()) {
                return created;
            }
            var event = event(update);
            var now = clock.instant();
            for (var webhook : active) {
                var delivery = deliveries.save(new WebhookDelivery(webhook, event.type(), event.payload(), now));
                created.add(delivery.requireId());
            }
            return created;
        }));
        ids.forEach(this::attempt);
    }

    private record Event(String type, String payload) {}

    /** The stored event: the quote as it stands after the commit, or a deletion when no live quote is left. */
    private Event event(PriceUpdate update) {
        return SystemAuthentication.call(() -> Objects.requireNonNull(readTx.execute(status -> {
            var node = json.createObjectNode();
            var row = quotes.find(update.productId(), update.sourceId(), update.date());
            if (row.isPresent()) {
                var q = row.get();
                node.put("product", q.product().getCode());
                node.put("source", q.source().getCode());
                node.put("date", q.date().toString());
                node.put("low", plain(q.low()));
                node.put("high", plain(q.high()));
                node.put("mid", plain(q.mid()));
                node.put("currency", q.unit().currency().name());
                node.put("unit", q.unit().quantity().symbol());
                node.put("quoteId", q.id());
                node.put("revision", q.revisionCount());
                return new Event(QUOTE_WRITTEN, json.writeValueAsString(node));
            }
            node.put("product", products.get(update.productId()).getCode());
            node.put("source", sources.get(update.sourceId()).getCode());
            node.put("date", update.date().toString());
            return new Event(QUOTE_DELETED, json.writeValueAsString(node));
        })));
    }

    private static BigDecimal plain(BigDecimal value) {
        var stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private record Claimed(
            long id, String url, String secret, String eventType, String payload, boolean active, int attempts) {}

    /** One attempt of one delivery, if this thread can claim it. */
    void attempt(long deliveryId) {
        var lease = settings.connectTimeout().plus(settings.readTimeout()).plusSeconds(30);
        var claimed = tx.execute(status -> {
            var now = clock.instant();
            if (deliveries.claim(deliveryId, now, now.plus(lease)) != 1) {
                return null;
            }
            var d = deliveries.findById(deliveryId).orElseThrow();
            var w = d.getWebhook();
            return new Claimed(
                    deliveryId,
                    w.getUrl(),
                    w.getSecret(),
                    d.getEventType(),
                    d.getPayload(),
                    w.isActive(),
                    d.getAttempts());
        });
        if (claimed == null) {
            return;
        }
        if (!claimed.active()) {
            record(deliveryId, null, "Endpoint disabled", true);
            return;
        }
        var sentAt = clock.instant();
        var body = body(claimed, sentAt);
        Integer code = null;
        String error;
        try {
            var request = HttpRequest.newBuilder(URI.create(claimed.url()))
                    .timeout(settings.readTimeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "Neodesk-Webhooks/1")
                    .header(WebhookSignature.HEADER, WebhookSignature.sign(claimed.secret(), body))
                    .header(WebhookSignature.DELIVERY_HEADER, Long.toString(deliveryId))
                    .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(sentAt.getEpochSecond()))
                    .header(WebhookSignature.EVENT_HEADER, claimed.eventType())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            var response = http.send(request, HttpResponse.BodyHandlers.discarding());
            code = response.statusCode();
            if (code >= 200 && code < 300) {
                delivered(deliveryId, code);
                return;
            }
            error = "HTTP " + code;
        } catch (HttpConnectTimeoutException e) {
            error = "Connection timed out";
        } catch (HttpTimeoutException e) {
            error = "No answer within " + settings.readTimeout().toSeconds() + " s";
        } catch (ConnectException e) {
            error = "Connection refused";
        } catch (IOException e) {
            error = "Network error";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "Interrupted";
        } catch (IllegalArgumentException e) {
            error = "Invalid URL";
        }
        record(deliveryId, code, error, false);
    }

    private byte[] body(Claimed claimed, Instant sentAt) {
        ObjectNode node = json.createObjectNode();
        node.put("event", claimed.eventType());
        node.put("deliveryId", claimed.id());
        node.put("sentAt", sentAt.toString());
        node.setAll((ObjectNode) json.readTree(claimed.payload()));
        return json.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
    }

    private void delivered(long deliveryId, int code) {
        tx.executeWithoutResult(
                status -> deliveries.findById(deliveryId).ifPresent(d -> d.delivered(code, clock.instant())));
    }

    private void record(long deliveryId, @Nullable Integer code, String error, boolean giveUp) {
        tx.executeWithoutResult(status -> deliveries.findById(deliveryId).ifPresent(d -> {
            var attempts = d.getAttempts() + 1;
            Instant next = giveUp || attempts >= settings.maxAttempts()
                    ? null
                    : clock.instant().plus(settings.backoffAfter(attempts));
            d.attemptFailed(code, error, next);
        }));
    }

    /** Deliveries waiting for a thread (for tests and monitoring). */
    int queued() {
        return executor.getQueue().size();
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
