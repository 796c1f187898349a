package app.neodesk.live;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import app.neodesk.quote.QuoteDraft;
import app.neodesk.quote.QuoteService;
import app.neodesk.support.PostgresSpringTest;
import app.neodesk.support.Waits;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live updates across nodes on PostgreSQL. This context is node A; node B is a second bridge with its
 * own in-process fan-out and its own listening connection, as another app node has. A quote saved on
 * A reaches B's views within 2 s; when B's connection is cut (as by a database restart) B reconnects,
 * tells its views to reload, and receives the updates after that again.
 */
@PostgresSpringTest
// Commits for real: the other node hears of a change by NOTIFY, sent after the commit.
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class PriceUpdatesAcrossNodesPostgresTest {

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

    @Value("${neodesk.live.channel}")
    String channel;

    final LinkedBlockingQueue<PriceUpdate> receivedOnB = new LinkedBlockingQueue<>();
    PostgresNotifyBridge nodeB;

    @BeforeEach
    void startNodeB() throws InterruptedException {
        var fanOutB = new InProcessPriceUpdates(new SimpleMeterRegistry());
        fanOutB.subscribe(receivedOnB::add);
        nodeB = new PostgresNotifyBridge(fanOutB, event -> {}, jdbc, database, channel);
        nodeB.start();
        Waits.until(Duration.ofSeconds(15), nodeB::isConnected, "node B listens");
        Waits.until(Duration.ofSeconds(15), nodeA::isConnected, "node A listens");
    }

    @AfterEach
    void stopNodeB() {
        nodeB.stop();
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void aQuoteSavedOnOneNodeReachesTheOtherWithinTwoSeconds() throws InterruptedException {
        var saved = enter(LocalDate.of(2019, 4, 1));
        var update = receivedOnB.poll(2, TimeUnit.SECONDS);
        assertThat(update).as("node B received the update").isEqualTo(saved);
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void afterItsConnectionIsCutANodeReconnectsTellsItsViewsToReloadAndReceivesAgain() throws InterruptedException {
        int cut = jdbc.queryForObject(
                "select count(pg_terminate_backend(pid)) from pg_stat_activity"
                        + " where query = ? and pid <> pg_backend_pid()",
                Integer.class,
                "LISTEN " + channel);
        assertThat(cut).as("the listening connections of both nodes were cut").isEqualTo(2);
        assertThat(receivedOnB.poll(15, TimeUnit.SECONDS))
                .as("node B's views are told to reload")
                .isEqualTo(PriceUpdate.RESYNC);
        Waits.until(Duration.ofSeconds(15), nodeB::isConnected, "node B listens again");
        var saved = enter(LocalDate.of(2019, 4, 2));
        assertThat(receivedOnB.poll(2, TimeUnit.SECONDS)).isEqualTo(saved);
    }

    private PriceUpdate enter(LocalDate date) {
        long product = products.findByCode("tb-oxide-cn").orElseThrow().getId();
        long source = sources.findByCode("smm").orElseThrow().getId();
        quotes.enter(new QuoteDraft(
                product, source, date, new BigDecimal("6000"), new BigDecimal("6100"), null, null, true));
        return new PriceUpdate(product, source, date);
    }
}
