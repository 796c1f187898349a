package app.neodesk.live;

import app.neodesk.base.CatalogChanged;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Live updates across app nodes on one PostgreSQL (the {@code postgres} profile): each committed
 * {@link PriceUpdate} is sent with {@code NOTIFY} on {@code neodesk.live.channel}, and a dedicated
 * connection of this node {@code LISTEN}s and hands what other nodes sent to the local fan-out
 * ({@link PriceUpdates#deliver}). The writing node has already delivered its own update in process,
 * so a node ignores its own notifications. When the listening connection breaks (a database restart,
 * a network cut) it reconnects with back-off, and then delivers {@link PriceUpdate#RESYNC} so that
 * open views reload instead of missing what was sent meanwhile.
 * <p>
 * Catalog changes travel the same way: a committed {@link CatalogChanged#HERE} is sent as
 * {@code "<node> catalog"}, and a node that receives one publishes {@link CatalogChanged#ELSEWHERE},
 * which clears its catalog cache. Each time the connection is (re)established the node publishes
 * {@code ELSEWHERE} too, since catalog notices may have been missed meanwhile.
 */
@Component
@ConditionalOnProperty(name = "neodesk.live.postgres-notify", havingValue = "true")
class PostgresNotifyBridge implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PostgresNotifyBridge.class);
    private static final String CATALOG = "catalog";
    private static final Pattern CHANNEL = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Pattern PAYLOAD = Pattern.compile("([0-9a-f-]{36}) (\\d+) (\\d+) (\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern CATALOG_PAYLOAD = Pattern.compile("([0-9a-f-]{36}) " + CATALOG);
    private static final Duration WAIT = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final PriceUpdates local;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final DataSourceProperties database;
    private final String channel;
    private final String node = UUID.randomUUID().toString();
    private volatile boolean running;
    private volatile boolean connected;
    private volatile @Nullable Connection listening;
    private @Nullable Thread listener;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("neodesk-pg-notify").daemon().factory());

    PostgresNotifyBridge(
            PriceUpdates local,
            ApplicationEventPublisher events,
            JdbcTemplate jdbc,
            DataSourceProperties database,
            @Value("${neodesk.live.channel:neodesk_price_update}") String channel) {
        if (!CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException(
                    "neodesk.live.channel must be a lower-case SQL identifier, not " + channel);
        }
        this.local = local;
        this.events = events;
        this.jdbc = jdbc;
        this.database = database;
        this.channel = channel;
    }

    /**
     * Tells the other nodes once the writing transaction committed. The NOTIFY goes out from one sender
     * thread, in order, outside the writer's transaction and connection (a NOTIFY is delivered when its
     * own statement commits), so it can neither slow down nor fail the write.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onCommitted(PriceUpdate update) {
        try {
            sender.execute(() -> notifyOthers(update));
        } catch (RejectedExecutionException stopping) {
            log.info("Node stopping: the other nodes resync instead of hearing of this update");
        }
    }

    /** Tells the other nodes to clear their catalog cache once the catalog change committed (as above). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onCatalogCommitted(CatalogChanged change) {
        if (change.fromOtherNode()) {
            return; // heard from another node: that node told everybody
        }
        try {
            sender.execute(() -> send(node + " " + CATALOG, "a catalog change"));
        } catch (RejectedExecutionException stopping) {
            log.info("Node stopping: the other nodes clear their catalog cache when they reconnect");
        }
    }

    private void notifyOthers(PriceUpdate update) {
        send(node + " " + update.productId() + " " + update.sourceId() + " " + update.date(), "a price update");
    }

    private void send(String payload, String what) {
        try {
            jdbc.queryForObject("select pg_notify(?, ?)", Object.class, channel, payload);
        } catch (RuntimeException e) {
            // The write is committed; the other nodes resync when their connection comes back.
            log.warn("Could not notify other nodes of {}: {}", what, e.toString());
        }
    }

    @Override
    public void start() {
        running = true;
        listener = Thread.ofPlatform().name("neodesk-pg-listen").daemon().start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        sender.shutdown();
        closeQuietly(listening);
        var thread = listener;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether this node listens now (for tests and a future health contributor). */
    boolean isConnected() {
        return connected;
    }

    private void listen() {
        var backoff = Duration.ofMillis(500);
        boolean missed = false;
        while (running) {
            try (var connection = DriverManager.getConnection(
                    database.determineUrl(), database.determineUsername(), database.determinePassword())) {
                listening = connection;
                try (var statement = connection.createStatement()) {
                    statement.execute("LISTEN " + channel);
                }
                // Catalog notices sent before this LISTEN are lost: the catalog cache loads again.
                events.publishEvent(CatalogChanged.ELSEWHERE);
                connected = true;
                backoff = Duration.ofMillis(500);
                if (missed) {
                    log.info("Listening for other nodes' price updates again; open views reload");
                    local.deliver(PriceUpdate.RESYNC);
                    missed = false;
                }
                var pg = connection.unwrap(PGConnection.class);
                while (running) {
                    var notifications = pg.getNotifications((int) WAIT.toMillis());
                    if (notifications == null) {
                        continue;
                    }
                    for (var notification : notifications) {
                        receive(notification.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                connected = false;
                if (!running) {
                    return;
                }
                missed = true;
                log.warn(
                        "Lost the connection that listens for other nodes' price updates ({}); retrying in {} ms",
                        e.toString(),
                        backoff.toMillis());
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            } finally {
                connected = false;
                listening = null;
            }
        }
    }

    private void receive(String payload) {
        var catalog = CATALOG_PAYLOAD.matcher(payload);
        if (catalog.matches()) {
            if (!node.equals(catalog.group(1))) {
                events.publishEvent(CatalogChanged.ELSEWHERE);
            }
            return;
        }
        var matcher = PAYLOAD.matcher(payload);
        if (!matcher.matches()) {
            log.warn("Ignored a malformed price-update notification");
            return;
        }
        if (node.equals(matcher.group(1))) {
            return; // delivered in process when it committed
        }
        local.deliver(new PriceUpdate(
                Long.parseLong(matcher.group(2)), Long.parseLong(matcher.group(3)), LocalDate.parse(matcher.group(4))));
    }

    private static void closeQuietly(@Nullable Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing to stop
            }
        }
    }
}
