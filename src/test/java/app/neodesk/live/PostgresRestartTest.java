package app.neodesk.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.TestClockConfig;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import app.neodesk.quote.QuoteDraft;
import app.neodesk.quote.QuoteService;
import app.neodesk.support.PrivatePostgres;
import app.neodesk.support.RequiresPostgresServer;
import app.neodesk.support.Waits;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.NestedRuntimeException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Live updates across nodes survive a real PostgreSQL restart. The test starts its own throw-away cluster
 * ({@link PrivatePostgres}, never the shared server), runs node A (this context) and node B (a second
 * bridge with its own fan-out and listening connection, as another app node has) on it, then stops the
 * server with {@code pg_ctl stop -m fast} and starts it again on the same port and data. Both nodes
 * reconnect and tell their open views to reload (what was sent meanwhile is lost), node A's pool serves
 * writes again, and a quote saved on A reaches B within 2 s as before.
 */
@RequiresPostgresServer
@SpringBootTest(properties = "spring.datasource.hikari.connection-timeout=3000")
@ActiveProfiles({"test", "postgres"})
@Import(TestClockConfig.class)
@DirtiesContext // its database goes away after the class: the context must not stay in the cache
class PostgresRestartTest {

    private static final Logger log = LoggerFactory.getLogger(PostgresRestartTest.class);
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static PrivatePostgres cluster;

    @DynamicPropertySource
    static void privatePostgres(DynamicPropertyRegistry registry) throws IOException, InterruptedException {
        if (cluster == null) {
            cluster = PrivatePostgres.start();
        }
        registry.add("spring.datasource.url", cluster::jdbcUrl);
        registry.add("spring.datasource.username", cluster::user);
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void removeCluster() {
        if (cluster != null) {
            cluster.close();
            cluster = null;
        }
    }

    @Autowired
    QuoteService quotes;

    @Autowired
    ProductService products;

    @Autowired
    SourceService sources;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSourceProperties database;

    @Autowired
    PostgresNotifyBridge nodeA;

    @Autowired
    PriceUpdates fanOutA;

    @Value("${neodesk.live.channel}")
    String channel;

    final LinkedBlockingQueue<PriceUpdate> receivedOnA = new LinkedBlockingQueue<>();
    final LinkedBlockingQueue<PriceUpdate> receivedOnB = new LinkedBlockingQueue<>();
    PriceUpdates.Subscription viewOnA;
    PostgresNotifyBridge nodeB;

    @BeforeEach
    void startNodeB() throws InterruptedException {
        viewOnA = fanOutA.subscribe(receivedOnA::add);
        var fanOutB = new InProcessPriceUpdates(new SimpleMeterRegistry());
        fanOutB.subscribe(receivedOnB::add);
        nodeB = new PostgresNotifyBridge(fanOutB, event -> {}, jdbc, database, channel);
        nodeB.start();
        Waits.until(PATIENCE, nodeB::isConnected, "node B listens");
        Waits.until(PATIENCE, nodeA::isConnected, "node A listens");
    }

    @AfterEach
    void stopNodeB() {
        nodeB.stop();
        viewOnA.close();
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void updatesReachTheOtherNodeAgainAfterPostgresRestarts() throws Exception {
        var before = enter(LocalDate.of(2019, 6, 3));
        assertThat(receivedOnB.poll(2, TimeUnit.SECONDS))
                .as("before the restart, node B hears of A's quote")
                .isEqualTo(before);

        var startedBefore = serverStart();
        long down = System.nanoTime();
        cluster.stopServer();
        Waits.until(
                PATIENCE, () -> !nodeA.isConnected() && !nodeB.isConnected(), "both nodes notice the database is gone");

        var lostDate = LocalDate.of(2019, 6, 4);
        assertThatThrownBy(() -> enter(lostDate))
                .as("a quote saved while the database is down fails")
                .isInstanceOf(NestedRuntimeException.class);

        cluster.startServer();
        long up = System.nanoTime();
        assertThat(receivedOnB.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                .as("node B reconnects and tells its open views to reload")
                .isEqualTo(PriceUpdate.RESYNC);
        long resyncB = System.nanoTime();
        assertThat(nodeB.isConnected()).as("node B listens again").isTrue();
        // node A reconnects on its own back-off, maybe after node B
        Waits.until(PATIENCE, () -> receivedOnA.contains(PriceUpdate.RESYNC), "node A's views are told to reload too");
        Waits.until(PATIENCE, nodeA::isConnected, "node A listens again");

        var after = enter(LocalDate.of(2019, 6, 5)); // node A's pool serves writes again
        assertThat(serverStart()).as("the server really restarted").isAfter(startedBefore);
        assertThat(receivedOnB.poll(2, TimeUnit.SECONDS))
                .as("after the restart, node B hears of A's quote again")
                .isEqualTo(after);
        assertThat(quotes.find(after.productId(), after.sourceId(), lostDate))
                .as("the quote that failed during the outage was not half-saved")
                .isEmpty();

        log.info(
                "PostgreSQL restart: server down for {} ms; node B resynced {} ms after the server was up again",
                (up - down) / 1_000_000,
                (resyncB - up) / 1_000_000);
    }

    private OffsetDateTime serverStart() {
        return jdbc.queryForObject("select pg_postmaster_start_time()", OffsetDateTime.class);
    }

    private PriceUpdate enter(LocalDate date) {
        long product = products.findByCode("tb-oxide-cn").orElseThrow().getId();
        long source = sources.findByCode("smm").orElseThrow().getId();
        quotes.enter(new QuoteDraft(
                product, source, date, new BigDecimal("6000"), new BigDecimal("6100"), null, null, true));
        return new PriceUpdate(product, source, date);
    }
}
