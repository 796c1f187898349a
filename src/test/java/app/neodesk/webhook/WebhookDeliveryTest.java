package app.neodesk.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.TestClockConfig;
import app.neodesk.catalog.Element;
import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import app.neodesk.quote.QuoteDraft;
import app.neodesk.quote.QuoteService;
import app.neodesk.support.TestProducts;
import app.neodesk.support.Waits;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivery against real receivers on 127.0.0.1: after commit only, signed, retried, and never in
 * the writer's way. Each test uses its own quote dates (2004-06-xx of its own product {@value #PRODUCT} / yangtze, so no other test sees them) and
 * removes its webhooks afterwards, so other tests' writes are not sent anywhere.
 */
@NeodeskSpringTest
// Commits for real: webhooks go out after the commit, from the dispatcher's own threads.
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class WebhookDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    static final String PRODUCT = "nd-metal-webhook";

    @Autowired
    WebhookService webhooks;

    @Autowired
    QuoteService quotes;

    @Autowired
    ProductService products;

    @Autowired
    SourceService sources;

    @Autowired
    PlatformTransactionManager transactions;

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<Long> registered = new ArrayList<>();
    private final List<Receiver> receivers = new ArrayList<>();

    @AfterEach
    void removeWebhooks() {
        as("admin", "ROLE_ADMIN", () -> {
            registered.forEach(webhooks::delete);
            return null;
        });
        receivers.forEach(Receiver::close);
    }

    @Test
    void committedQuoteIsPostedSignedWithTheExpectedFields() throws Exception {
        var receiver = receiver(Receiver.answering(() -> 204));
        var hook = register(receiver.url());

        var row = as("analyst", "ROLE_ANALYST", () -> quotes.enter(draft("2004-06-01", "1000000", "1010000")));

        var request = receiver.await(forDate("2004-06-01"), 1, WAIT).getFirst();
        assertThat(request.header("X-Neodesk-Signature")).isEqualTo("sha256=" + hmac(hook.secret(), request.body()));
        assertThat(request.header("Content-Type")).startsWith("application/json");
        var body = json.readTree(request.body());
        assertThat(body.get("event").asString()).isEqualTo("quote.written");
        assertThat(body.get("product").asString()).isEqualTo(PRODUCT);
        assertThat(body.get("source").asString()).isEqualTo("yangtze");
        assertThat(body.get("date").asString()).isEqualTo("2004-06-01");
        assertThat(body.get("low").isNumber()).isTrue();
        assertThat(body.get("low").decimalValue()).isEqualByComparingTo("1000000");
        assertThat(body.get("high").decimalValue()).isEqualByComparingTo("1010000");
        assertThat(body.get("mid").isNumber()).isTrue();
        assertThat(body.get("mid").decimalValue()).isEqualByComparingTo(row.mid());
        assertThat(body.get("currency").asString()).isEqualTo(row.currency().name());
        assertThat(body.get("unit").asString()).isEqualTo(row.unit().quantity().symbol());
        assertThat(body.get("quoteId").asLong()).isEqualTo(row.id());
        assertThat(body.get("sentAt").asString()).isEqualTo(TestClockConfig.START.toString());
        assertThat(request.header("X-Neodesk-Timestamp"))
                .isEqualTo(Long.toString(TestClockConfig.START.getEpochSecond()));
        var deliveryId = body.get("deliveryId").asLong();
        assertThat(request.header("X-Neodesk-Delivery")).isEqualTo(Long.toString(deliveryId));

        awaitStatus(hook.id(), deliveryId, DeliveryStatus.DELIVERED);
    }

    @Test
    void correctionIsPostedWithTheNewPricesAndRevision() throws Exception {
        var receiver = receiver(Receiver.answering(() -> 200));
        var hook = register(receiver.url());
        var row = as("analyst", "ROLE_ANALYST", () -> quotes.enter(draft("2004-06-07", "1000000", "1010000")));
        receiver.await(forDate("2004-06-07"), 1, WAIT);

        as(
                "analyst",
                "ROLE_ANALYST",
                () -> quotes.correct(
                        row.id(),
                        row.version(),
                        new BigDecimal("1001000"),
                        new BigDecimal("1011000"),
                        null,
                        null,
                        "typo in low"));

        var corrected = json.readTree(
                receiver.await(forDate("2004-06-07"), 2, WAIT).get(1).body());
        assertThat(corrected.get("event").asString()).isEqualTo("quote.written");
        assertThat(corrected.get("low").decimalValue()).isEqualByComparingTo("1001000");
        assertThat(corrected.get("revision").asInt()).isEqualTo(1);
        assertThat(hook.id()).isPositive();
    }

    @Test
    void deletionIsPostedAsQuoteDeleted() throws Exception {
        var receiver = receiver(Receiver.answering(() -> 200));
        register(receiver.url());
        var row = as("analyst", "ROLE_ANALYST", () -> quotes.enter(draft("2004-06-08", "1000000", "1010000")));
        receiver.await(forDate("2004-06-08"), 1, WAIT);

        as("admin", "ROLE_ADMIN", () -> {
            quotes.delete(row.id(), row.version(), "entered twice");
            return null;
        });

        var deleted = json.readTree(
                receiver.await(forDate("2004-06-08"), 2, WAIT).get(1).body());
        assertThat(deleted.get("event").asString()).isEqualTo("quote.deleted");
        assertThat(deleted.get("product").asString()).isEqualTo(PRODUCT);
        assertThat(deleted.has("mid")).isFalse();
    }

    @Test
    void rolledBackWriteSendsNothing() throws Exception {
        var receiver = receiver(Receiver.answering(() -> 200));
        register(receiver.url());

        as("analyst", "ROLE_ANALYST", () -> {
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                quotes.enter(draft("2004-06-02", "1000000", "1010000"));
                status.setRollbackOnly();
            });
            return null;
        });
        assertThat(as("analyst", "ROLE_ANALYST", () -> quotes.find(product(), source(), LocalDate.parse("2004-06-02"))))
                .isEmpty();
        // A committed write after it arrives; the rolled-back one was never queued.
        as("analyst", "ROLE_ANALYST", () -> quotes.enter(draft("2004-06-03", "1000000", "1010000")));
        receiver.await(forDate("2004-06-03"), 1, WAIT);
        assertThat(receiver.matching(forDate("2004-06-02"))).isEmpty();
    }

    @Test
    void receiverAnswering500IsRetriedUntilDelivered() throws Exception {
        var calls = new AtomicInteger();
        var receiver = receiver(Receiver.answering(() -> calls.incrementAndGet() == 1 ? 500 : 200));
        var hook = register(receiver.url());

        as("analyst", "ROLE_ANALYST", () -> quotes.enter(draft("2004-06-04", "1000000", "1010000")));

        var requests = receiver.await(forDate("2004-06-04"), 2, WAIT);
        assertThat(requests.get(1).header("X-Neodesk-Delivery"))
                .isEqualTo(requests.get(0).header("X-Neodesk-Delivery"));
        var deliveryId = Long.parseLong(requests.get(0).header("X-Neodesk-Delivery"));
        var delivered = awaitStatus(hook.id(), deliveryId, DeliveryStatus.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(2);
        assertThat(delivered.lastStatusCode()).isEqualTo(200);
        assertThat(delivered.deliveredAt()).isNotNull();
    }

    @Test
    void slowReceiverNeverHoldsUpTheWrite() throws Exception {
        var release = new CountDownLatch(1);
        var receiver = receiver(new Receiver(r -> {
            release.await(10, TimeUnit.SECONDS);
            return 200;
        }));
        register(receiver.url());
        try {
            var started = System.nanoTime();
            var row = as("analyst", "ROLE_ANALYST", () -> quotes.enter(draft("2004-06-05", "1000000", "1010000")));
            var took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(row.id()).isPositive();
            // The request reaches the receiver after enter() returned, and the receiver is still holding it.
            receiver.await(forDate("2004-06-05"), 1, WAIT);
            assertThat(release.getCount()).isEqualTo(1);
            // A write that waited for the receiver would take at least the read time-out (3 s in tests).
            assertThat(took).isLessThan(Duration.ofSeconds(3));
        } finally {
            release.countDown();
        }
    }

    @Test
    void unreachableReceiverFailsTheDeliveryNotTheWrite() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var hook = register("http://127.0.0.1:" + port + "/gone");

        var row = as("analyst", "ROLE_ANALYST", () -> quotes.enter(draft("2004-06-06", "1000000", "1010000")));
        assertThat(row.id()).isPositive();

        Waits.until(
                WAIT,
                () -> deliveriesOf(hook.id()).stream().anyMatch(d -> d.status() == DeliveryStatus.FAILED),
                "the delivery to fail");
        var failed = deliveriesOf(hook.id()).getFirst();
        assertThat(failed.attempts()).isEqualTo(6);
        assertThat(failed.lastError()).isEqualTo("Connection refused");
        assertThat(failed.nextAttemptAt()).isNull();
        assertThat(as("admin", "ROLE_ADMIN", () -> webhooks.list()).stream()
                        .filter(w -> w.id() == hook.id())
                        .findFirst()
                        .orElseThrow()
                        .failureCount())
                .isEqualTo(1);
    }

    private Receiver receiver(Receiver receiver) {
        receivers.add(receiver);
        return receiver;
    }

    private WebhookService.Registered register(String url) {
        var hook = as("admin", "ROLE_ADMIN", () -> webhooks.register(url, "test receiver"));
        registered.add(hook.id());
        return hook;
    }

    private List<WebhookService.DeliveryRow> deliveriesOf(long webhookId) {
        return as("admin", "ROLE_ADMIN", () -> webhooks.recentDeliveries(webhookId, 10));
    }

    private WebhookService.DeliveryRow awaitStatus(long webhookId, long deliveryId, DeliveryStatus status)
            throws InterruptedException {
        Waits.until(
                WAIT,
                () -> deliveriesOf(webhookId).stream().anyMatch(d -> d.id() == deliveryId && d.status() == status),
                "delivery " + deliveryId + " " + status.code());
        return deliveriesOf(webhookId).stream()
                .filter(d -> d.id() == deliveryId)
                .findFirst()
                .orElseThrow();
    }

    private static Predicate<Receiver.Request> forDate(String date) {
        return r -> r.body().contains("\"date\":\"" + date + "\"");
    }

    private QuoteDraft draft(String date, String low, String high) {
        return new QuoteDraft(
                product(),
                source(),
                LocalDate.parse(date),
                new BigDecimal(low),
                new BigDecimal(high),
                null,
                null,
                true,
                true);
    }

    private long product() {
        return as("admin", "ROLE_ADMIN", () -> {
            synchronized (WebhookDeliveryTest.class) {
                return products.findByCode(PRODUCT)
                        .orElseGet(() -> products.create(
                                TestProducts.chinaSpot(PRODUCT, Element.ND, MaterialForm.METAL, PriceUnit.T)))
                        .getId();
            }
        });
    }

    private long source() {
        return as(
                "admin",
                "ROLE_ADMIN",
                () -> sources.findByCode("yangtze").orElseThrow().getId());
    }

    static String hmac(String secret, String body) throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    static <T> T as(String user, String authority, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user, null, List.of(new SimpleGrantedAuthority(authority))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
