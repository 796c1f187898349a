package app.neodesk.quote;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.catalog.Element;
import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.Source;
import app.neodesk.catalog.SourceData;
import app.neodesk.catalog.SourceService;
import app.neodesk.live.PriceUpdate;
import app.neodesk.live.PriceUpdates;
import app.neodesk.support.TestProducts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Charts read whole series from this node's cache. Every committed change shows in the next read:
 * an entry, a correction, a deletion, an import, a resync after missed updates; a writing
 * transaction sees its own change. Each test has its own product and source.
 */
@NeodeskSpringTest
@WithMockUser(username = "admin", roles = "ADMIN")
// Commits for real: the series cache changes on commits, and the test's TransactionTemplate must be its own
// transaction.
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class SeriesCacheTest {

    private static final LocalDate DAY = LocalDate.of(2019, 5, 6);

    @Autowired
    QuoteService quotes;

    @Autowired
    QuoteImportService imports;

    @Autowired
    ProductService products;

    @Autowired
    SourceService sources;

    @Autowired
    PriceUpdates updates;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    private record Pair(Product product, Source source) {
        long productId() {
            return product.getId();
        }

        long sourceId() {
            return source.getId();
        }
    }

    private Pair pair(String code) {
        var product = products.create(TestProducts.chinaSpot(code, Element.DY, MaterialForm.OXIDE, PriceUnit.KG));
        return new Pair(
                product, sources.create(new SourceData(code + "-src", "Series cache " + code, null, null), List.of()));
    }

    private QuoteRow enter(Pair pair, LocalDate date, String low, String high) {
        return quotes.enter(new QuoteDraft(
                pair.productId(), pair.sourceId(), date, new BigDecimal(low), new BigDecimal(high), null, null, true));
    }

    private List<QuotePoint> all(Pair pair) {
        return quotes.points(pair.productId(), pair.sourceId(), DAY.minusYears(10), DAY.plusYears(10));
    }

    private static List<String> mids(List<QuotePoint> points) {
        return points.stream()
                .map(p -> p.date() + "=" + p.mid().stripTrailingZeros().toPlainString())
                .toList();
    }

    @Test
    void aQuoteEnteredAfterAReadShowsInTheNextReadWithItsPreviousMid() {
        var pair = pair("sc-enter");
        enter(pair, DAY, "1500", "1520");
        assertThat(mids(all(pair))).containsExactly(DAY + "=1510");

        enter(pair, DAY.plusDays(1), "1540", "1560");

        var points = all(pair);
        assertThat(mids(points)).containsExactly(DAY + "=1510", DAY.plusDays(1) + "=1550");
        assertThat(points.getLast().previousMid()).isEqualByComparingTo("1510");
        var series = quotes.series(pair.productId(), pair.sourceId());
        assertThat(new DateRange(series.getFirst().date(), series.getLast().date()))
                .isEqualTo(new DateRange(DAY, DAY.plusDays(1)));
    }

    @Test
    void aCorrectionAndADeletionAfterAReadShowInTheNextRead() {
        var pair = pair("sc-correct");
        var first = enter(pair, DAY, "1500", "1520");
        var second = enter(pair, DAY.plusDays(1), "1540", "1560");
        assertThat(mids(all(pair))).containsExactly(DAY + "=1510", DAY.plusDays(1) + "=1550");

        quotes.correct(
                second.id(),
                second.version(),
                new BigDecimal("1600"),
                new BigDecimal("1620"),
                null,
                null,
                "agency revised");
        assertThat(mids(all(pair))).containsExactly(DAY + "=1510", DAY.plusDays(1) + "=1610");

        quotes.delete(first.id(), first.version(), "entered twice");
        var points = all(pair);
        assertThat(mids(points)).containsExactly(DAY.plusDays(1) + "=1610");
        assertThat(points.getFirst().previousMid())
                .as("no quote before it any more")
                .isNull();
    }

    @Test
    void anImportAfterAReadShowsInTheNextRead() {
        var pair = pair("sc-import");
        enter(pair, DAY, "1500", "1520");
        assertThat(all(pair)).hasSize(1);

        imports.importRows(
                List.of(
                        new ImportRow(
                                2,
                                DAY.plusDays(1),
                                pair.product().getCode(),
                                pair.source().getCode(),
                                new BigDecimal("1510"),
                                new BigDecimal("1530"),
                                null,
                                null),
                        new ImportRow(
                                3,
                                DAY.plusDays(2),
                                pair.product().getCode(),
                                pair.source().getCode(),
                                new BigDecimal("1510"),
                                new BigDecimal("1530"),
                                null,
                                null)),
                "test",
                ImportProgress.NONE);

        assertThat(mids(all(pair)))
                .containsExactly(DAY + "=1510", DAY.plusDays(1) + "=1520", DAY.plusDays(2) + "=1520");
    }

    @Test
    void aResyncDropsSeriesChangedWhileThisNodeHeardNothing() {
        var pair = pair("sc-resync");
        enter(pair, DAY, "1500", "1520");
        assertThat(mids(all(pair))).containsExactly(DAY + "=1510");

        // Another node changed the quote while this node's listening connection was down.
        jdbc.update(
                "update quote set low = 1700, high = 1720, mid = 1710 where product_id = ? and source_id = ?",
                pair.productId(),
                pair.sourceId());
        assertThat(mids(all(pair))).as("nothing told this node yet").containsExactly(DAY + "=1510");

        updates.deliver(PriceUpdate.RESYNC);

        assertThat(mids(all(pair))).containsExactly(DAY + "=1710");
    }

    @Test
    void anUpdateOfOneSeriesKeepsTheOthersCached() {
        var changed = pair("sc-one-a");
        var other = pair("sc-one-b");
        enter(changed, DAY, "1500", "1520");
        enter(other, DAY, "900", "920");
        assertThat(all(changed)).hasSize(1);
        assertThat(mids(all(other))).containsExactly(DAY + "=910");

        jdbc.update("update quote set low = 990, high = 1008, mid = 999 where product_id = ?", other.productId());
        enter(changed, DAY.plusDays(1), "1540", "1560");

        assertThat(all(changed)).hasSize(2);
        assertThat(mids(all(other)))
                .as("still the cached series: its own update was not reported")
                .containsExactly(DAY + "=910");
        updates.deliver(new PriceUpdate(other.productId(), other.sourceId(), DAY));
        assertThat(mids(all(other))).containsExactly(DAY + "=999");
    }

    @Test
    void aWritingTransactionReadsItsOwnQuoteAndTheOthersDoNotSeeItBeforeTheCommit() {
        var pair = pair("sc-own");
        enter(pair, DAY, "1500", "1520");
        assertThat(all(pair)).hasSize(1);

        var write = new TransactionTemplate(transactions);
        write.executeWithoutResult(status -> {
            enter(pair, DAY.plusDays(1), "1540", "1560");
            assertThat(all(pair)).as("inside the writing transaction").hasSize(2);
            status.setRollbackOnly();
        });

        assertThat(mids(all(pair)))
                .as("rolled back: the cache kept nothing of it")
                .containsExactly(DAY + "=1510");
    }

    @Test
    void aRangeReadsTheSameRowsAsTheWholeSeriesHas() {
        var pair = pair("sc-range");
        enter(pair, DAY, "1500", "1520");
        enter(pair, DAY.plusDays(7), "1540", "1560");
        enter(pair, DAY.plusYears(3), "1800", "1820"); // a gap of years

        var middle = quotes.points(pair.productId(), pair.sourceId(), DAY.plusDays(1), DAY.plusYears(3));
        assertThat(mids(middle)).containsExactly(DAY.plusDays(7) + "=1550", DAY.plusYears(3) + "=1810");
        assertThat(middle.getFirst().previousMid()).as("from before the range").isEqualByComparingTo("1510");
        assertThat(quotes.points(pair.productId(), pair.sourceId(), DAY.plusDays(1), DAY.plusDays(6)))
                .isEmpty();
        assertThat(quotes.points(pair.productId(), pair.sourceId(), DAY.plusDays(7), DAY.plusDays(7)))
                .hasSize(1);
        assertThat(quotes.points(pair.productId(), pair.sourceId(), DAY.plusDays(8), DAY))
                .isEmpty();
    }
}
