package app.neodesk.quote;

import static app.neodesk.quote.ConcurrentImports.Series;
import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskSpringTest;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Concurrent imports on H2, which gives up waiting for a row lock after its lock timeout. Uses
 * dy-oxide-cn and prnd-oxide-fob from source "inhouse" from 2003 to 2009, and prnd-oxide-cn from
 * "inhouse" in 2011, which no other test uses.
 */
@NeodeskSpringTest
class ConcurrentImportTest {

    @Autowired
    QuoteImportService quotes;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void twoImportsOfTheSameProductsStartedTogetherNeverStorePartialOrDuplicateRows() throws Exception {
        ConcurrentImports.runOverlappingImportsTogether(quotes, jdbc);
    }

    @Test
    void importWhileTheProductIsLockedGivesTheBusyMessageAndStoresNothing() throws Exception {
        var series = List.of(new Series("prnd-oxide-cn", "inhouse", LocalDate.of(2011, 3, 1), 20));
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var holder = ConcurrentImports.holdProductLock(dataSource, "prnd-oxide-cn", locked, release);
        try {
            locked.await();
            var outcome = ConcurrentImports.importAsAnalyst(quotes, ConcurrentImports.csv(series), "locked.csv");
            assertThat(outcome.error()).isNotNull().hasMessage(ConcurrentImports.BUSY);
        } finally {
            release.countDown();
            holder.join();
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from quote q join product p on p.id = q.product_id"
                                + " where p.code = 'prnd-oxide-cn' and q.quote_date between '2011-01-01' and '2012-12-31'",
                        Integer.class))
                .isZero();
    }
}
