package app.neodesk.live;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.base.CatalogChanged;
import app.neodesk.catalog.Element;
import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceData;
import app.neodesk.catalog.SourceService;
import app.neodesk.quote.QuoteDraft;
import app.neodesk.quote.QuoteFilter;
import app.neodesk.quote.QuoteService;
import app.neodesk.support.PostgresSpringTest;
import app.neodesk.support.TestProducts;
import app.neodesk.support.Waits;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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
 * The catalog cache across nodes on PostgreSQL. This context is node A, with its catalog cache;
 * node B is a second bridge, as another app node has. B's catalog change is written straight to the
 * database (A hears nothing of it in process), then B announces it as its commit would: A's history
 * shows it within 2 s. A cut listening connection clears A's cache when it comes back, since
 * notices may have been missed.
 */
@PostgresSpringTest
@WithMockUser(username = "admin", roles = "ADMIN")
// Commits for real: the other node hears of a change by NOTIFY, sent after the commit.
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class CatalogAcrossNodesPostgresTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 6);

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

    PostgresNotifyBridge nodeB;

    @BeforeEach
    void startNodeB() throws InterruptedException {
        nodeB = new PostgresNotifyBridge(
                new InProcessPriceUpdates(new SimpleMeterRegistry()), event -> {}, jdbc, database, channel);
        nodeB.start();
        Waits.until(Duration.ofSeconds(15), nodeB::isConnected, "node B listens");
        Waits.until(Duration.ofSeconds(15), nodeA::isConnected, "node A listens");
    }

    @AfterEach
    void stopNodeB() {
        nodeB.stop();
    }

    @Test
    void aCatalogChangeOnAnotherNodeClearsThisNodesCacheWithinTwoSeconds() throws InterruptedException {
        var product = seriesWithSource("cn-remote", "cn-remote-src");
        assertThat(sourceNameInHistory(product)).isEqualTo("Agency cn-remote-src");

        renameSourceAsAnotherNodeWould("cn-remote-src", "Renamed on node B");
        assertThat(sourceNameInHistory(product))
                .as("node A has not heard of it yet: its cache still serves")
                .isEqualTo("Agency cn-remote-src");

        nodeB.onCatalogCommitted(CatalogChanged.HERE); // node B's commit of the change
        Waits.until(
                Duration.ofSeconds(2),
                () -> sourceNameInHistory(product).equals("Renamed on node B"),
                "node A shows node B's change");
    }

    @Test
    void aReconnectedNodeClearsItsCacheSinceCatalogNoticesMayHaveBeenMissed() throws InterruptedException {
        var product = seriesWithSource("cn-missed", "cn-missed-src");
        assertThat(sourceNameInHistory(product)).isEqualTo("Agency cn-missed-src");
        renameSourceAsAnotherNodeWould("cn-missed-src", "Renamed while A was away");

        int cut = jdbc.queryForObject(
                "select count(pg_terminate_backend(pid)) from pg_stat_activity"
                        + " where query = ? and pid <> pg_backend_pid()",
                Integer.class,
                "LISTEN " + channel);
        assertThat(cut).as("the listening connections of both nodes were cut").isEqualTo(2);
        Waits.until(
                Duration.ofSeconds(15),
                () -> sourceNameInHistory(product).equals("Renamed while A was away"),
                "node A reconnected and shows the change it never heard of");
    }

    private Product seriesWithSource(String productCode, String sourceCode) {
        var source = sources.create(new SourceData(sourceCode, "Agency " + sourceCode, null, null), List.of());
        var product =
                products.create(TestProducts.chinaSpot(productCode, Element.DY, MaterialForm.OXIDE, PriceUnit.KG));
        quotes.enter(new QuoteDraft(
                product.getId(),
                source.getId(),
                DAY,
                new BigDecimal("1500"),
                new BigDecimal("1550"),
                null,
                null,
                true));
        return product;
    }

    private String sourceNameInHistory(Product product) {
        return quotes.historyAfter(QuoteFilter.ofProduct(product.getId()), null, 1)
                .getFirst()
                .source()
                .getName();
    }

    /** Node B's write: in the shared database, without this node's events. */
    private void renameSourceAsAnotherNodeWould(String code, String name) {
        assertThat(jdbc.update("update source set name = ?, version = version + 1 where code = ?", name, code))
                .isEqualTo(1);
    }
}
