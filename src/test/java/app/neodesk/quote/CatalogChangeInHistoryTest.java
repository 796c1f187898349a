package app.neodesk.quote;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.catalog.Element;
import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.PriceCurrency;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductData;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.Source;
import app.neodesk.catalog.SourceData;
import app.neodesk.catalog.SourceService;
import app.neodesk.support.TestProducts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The history reads the catalog from a cache; every catalog change made after a read shows in the
 * next read: a product's specification, a source's name, a unit change, a new product and source.
 * Each test has its own product and source.
 */
@NeodeskSpringTest
@WithMockUser(username = "admin", roles = "ADMIN")
// Commits for real: the catalog cache reloads after commits, and the test's TransactionTemplate must be its own
// transaction.
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class CatalogChangeInHistoryTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);

    @Autowired
    QuoteService quotes;

    @Autowired
    ProductService products;

    @Autowired
    SourceService sources;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    private Product product(String code) {
        return products.create(TestProducts.chinaSpot(code, Element.ND, MaterialForm.OXIDE, PriceUnit.T));
    }

    private Source source(String code) {
        return sources.create(new SourceData(code, "Cache test " + code, null, null), List.of());
    }

    private void enter(Product product, Source source, LocalDate date) {
        quotes.enter(new QuoteDraft(
                product.getId(),
                source.getId(),
                date,
                new BigDecimal("600000"),
                new BigDecimal("610000"),
                null,
                null,
                true));
    }

    private List<QuoteRow> history(Product product) {
        return quotes.historyAfter(QuoteFilter.ofProduct(product.getId()), null, 10);
    }

    @Test
    void aProductSpecificationChangedAfterAReadShowsInTheNextRead() {
        var product = product("cc-spec");
        enter(product, source("cc-spec-src"), DAY);
        assertThat(history(product).getFirst().product().getDisplayName()).contains("≥99.5%");

        products.update(
                product.requireId(),
                product.getVersion(),
                ProductData.of(product).withMinPurity(new BigDecimal("99.9")),
                DAY);

        var row = history(product).getFirst();
        assertThat(row.product().getDisplayName()).contains("≥99.9%");
        assertThat(quotes.get(row.id()).product().getMinPurity()).isEqualByComparingTo("99.9");
    }

    @Test
    void aSourceRenamedAfterAReadShowsInTheNextRead() {
        var product = product("cc-name");
        var source = source("cc-name-src");
        enter(product, source, DAY);
        assertThat(history(product).getFirst().source().getName()).isEqualTo("Cache test cc-name-src");

        var edited = sources.get(source.requireId());
        sources.update(
                edited.requireId(),
                edited.getVersion(),
                new SourceData(edited.getCode(), "Renamed agency", null, null),
                List.of());

        assertThat(history(product).getFirst().source().getName()).isEqualTo("Renamed agency");
        assertThat(quotes.get(history(product).getFirst().id()).source().getName())
                .isEqualTo("Renamed agency");
    }

    @Test
    void aUnitChangeMadeAfterAReadShowsInTheNextRead() {
        var product = product("cc-unit");
        var source = source("cc-unit-src");
        enter(product, source, DAY);
        enter(product, source, DAY.plusDays(10));
        assertThat(history(product)).extracting(QuoteRow::unitLabel).containsExactly("CNY/t", "CNY/t");

        products.update(
                product.requireId(),
                product.getVersion(),
                ProductData.of(product).withUnit(PriceCurrency.CNY, PriceUnit.KG),
                DAY.plusDays(5));

        assertThat(history(product))
                .as("newest first: the quote after the change is in the new unit")
                .extracting(QuoteRow::unitLabel)
                .containsExactly("CNY/kg", "CNY/t");
    }

    @Test
    void aProductAndSourceCreatedAfterAReadShowInTheNextRead() {
        var first = product("cc-new-a");
        var source = source("cc-new-src");
        enter(first, source, DAY);
        var filter = new QuoteFilter(Set.of(first.getId()), null, null, null);
        assertThat(quotes.historyAfter(filter, null, 10)).hasSize(1);

        var second = product("cc-new-b");
        var other = source("cc-new-src2");
        enter(second, other, DAY);

        var rows =
                quotes.historyAfter(new QuoteFilter(Set.of(first.getId(), second.getId()), null, null, null), null, 10);
        assertThat(rows).extracting(r -> r.product().getCode()).containsExactlyInAnyOrder("cc-new-a", "cc-new-b");
        assertThat(rows).extracting(r -> r.source().getCode()).containsExactlyInAnyOrder("cc-new-src", "cc-new-src2");
    }

    @Test
    void aTransactionThatChangesTheCatalogReadsItsOwnChangeAndOthersSeeItOnlyAfterTheCommit() {
        var product = product("cc-tx");
        enter(product, source("cc-tx-src"), DAY);
        assertThat(history(product).getFirst().product().getMinPurity()).isEqualByComparingTo("99.5");

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            products.update(
                    product.requireId(),
                    product.getVersion(),
                    ProductData.of(product).withMinPurity(new BigDecimal("99.99")),
                    DAY);
            assertThat(history(product).getFirst().product().getMinPurity())
                    .as("inside the transaction")
                    .isEqualByComparingTo("99.99");
            status.setRollbackOnly();
        });

        assertThat(history(product).getFirst().product().getMinPurity())
                .as("after the rollback")
                .isEqualByComparingTo("99.5");
    }

    @Test
    void aProductTheCachedCatalogLacksIsFoundByLoadingItAgain() {
        var known = product("cc-miss-known");
        var source = source("cc-miss-src");
        enter(known, source, DAY);
        assertThat(history(known)).hasSize(1); // the cache holds the catalog now
        // Written as another node would, before its notice arrives: this node's cache knows nothing of it.
        long id = 9_100_001L;
        jdbc.update(
                "insert into product (id, version, code, element, form, min_purity, market_basis, currency, unit,"
                        + " price_scale, active) values (?,0,'cc-miss-new','ND','METAL',99.5,'CN_EXW','CNY','T',0,true)",
                id);
        jdbc.update(
                "insert into quote (id, version, product_id, source_id, quote_date, low, high, mid, prev_mid,"
                        + " comment, entered_by, entered_at, revision_count, deleted_id)"
                        + " values (?,0,?,?,?,600000,610000,605000,null,null,'node-b',?,0,0)",
                id,
                id,
                source.getId(),
                DAY,
                OffsetDateTime.parse("2024-03-04T10:00:00Z"));

        var rows = quotes.historyAfter(QuoteFilter.ofProduct(id), null, 10);
        assertThat(rows).extracting(r -> r.product().getCode()).containsExactly("cc-miss-new");
        assertThat(quotes.get(id).product().getCode()).isEqualTo("cc-miss-new");
    }
}
