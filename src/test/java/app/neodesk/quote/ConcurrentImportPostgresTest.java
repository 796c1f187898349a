package app.neodesk.quote;

import static app.neodesk.quote.ConcurrentImports.Series;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import app.neodesk.support.PostgresSpringTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Concurrent imports on PostgreSQL, which waits for a row lock instead of timing out: the second
 * import must check its rows against what the first one stored, not against what it read before.
 */
@PostgresSpringTest
// Commits for real: imports and entries race from several threads on the same products.
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ConcurrentImportPostgresTest {

    @Autowired
    QuoteService quotes;

    @Autowired
    QuoteImportService imports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ProductService products;

    @Autowired
    SourceService sources;

    @Test
    void twoImportsOfTheSameProductsStartedTogetherNeverStorePartialOrDuplicateRows() throws Exception {
        var outcomes = ConcurrentImports.runOverlappingImportsTogether(imports, jdbc);
        assertThat(outcomes)
                .as("PostgreSQL waits for the lock, so both go through")
                .allMatch(ConcurrentImports.Outcome::succeeded);
    }

    @Test
    void quoteEntryWhileAnImportHoldsTheProductSaysTryAgainWithinSecondsInsteadOfHanging() throws Exception {
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var holder = ConcurrentImports.holdProductLock(dataSource, "pr-oxide-cn", locked, release);
        long start;
        long waitedMs;
        try {
            locked.await();
            var draft = ConcurrentImports.asAnalyst(() -> new QuoteDraft(
                    products.findByCode("pr-oxide-cn").orElseThrow().getId(),
                    sources.findByCode("inhouse").orElseThrow().getId(),
                    LocalDate.of(2024, 5, 6),
                    new BigDecimal("430000"),
                    new BigDecimal("440000"),
                    null,
                    null,
                    true));
            start = System.nanoTime();
            assertThatThrownBy(() -> ConcurrentImports.asAnalyst(() -> quotes.enter(draft)))
                    .isInstanceOf(SeriesBusyException.class)
                    .hasMessage(SeriesBusyException.CHANGE);
            waitedMs = (System.nanoTime() - start) / 1_000_000;
        } finally {
            release.countDown();
            holder.join();
        }
        assertThat(waitedMs)
                .as("gave up after the interactive lock timeout, not after the import")
                .isBetween(2_500L, 20_000L);
        assertThat(jdbc.queryForObject(
                        "select count(*) from quote q join product p on p.id = q.product_id"
                                + " where p.code = 'pr-oxide-cn' and q.quote_date = date '2024-05-06'",
                        Integer.class))
                .isZero();
    }

    @Test
    void importWaitsForALockedProductAndThenSeesWhatWasStored() throws Exception {
        var series = List.of(new Series("prnd-oxide-cn", "inhouse", LocalDate.of(2011, 3, 1), 20));
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var holder = ConcurrentImports.holdProductLock(dataSource, "prnd-oxide-cn", locked, release);
        locked.await();
        var releaser = new Thread(() -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            release.countDown();
        });
        releaser.start();
        long start = System.nanoTime();
        var outcome = ConcurrentImports.importAsAnalyst(imports, ConcurrentImports.csv(series), "waits.csv");
        long waitedMs = (System.nanoTime() - start) / 1_000_000;
        holder.join();
        releaser.join();
        assertThat(outcome.succeeded()).as("%s", outcome).isTrue();
        assertThat(outcome.report().imported()).isEqualTo(20);
        assertThat(waitedMs).as("the import waited for the lock").isGreaterThanOrEqualTo(1000);
    }
}
