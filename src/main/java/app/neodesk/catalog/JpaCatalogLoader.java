package app.neodesk.catalog;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the catalog in four queries: products with their main source, sources, unit changes and all
 * specification changes. The
 * entities come from a short-lived session of their own on the caller's connection (so in the
 * caller's transaction, with no second connection from the pool) and are detached when it closes:
 * they never become managed in the caller's session, where a later merge or change could alter the
 * shared copies. They are marked shared ({@link CatalogEntity}), so their setters refuse.
 */
@Component
class JpaCatalogLoader implements CatalogLoader {

    @PersistenceContext
    @SuppressWarnings("NullAway.Init") // injected by JPA after construction
    private EntityManager entityManager;

    private final ProductSpecChangeRepository specChanges;
    private final TransactionTemplate readOnly;

    JpaCatalogLoader(ProductSpecChangeRepository specChanges, PlatformTransactionManager transactions) {
        this.specChanges = specChanges;
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true); // joins the caller's transaction, or opens one when there is none
    }

    @Override
    public CatalogSnapshot load() {
        return Objects.requireNonNull(readOnly.execute(status -> loadInTransaction()));
    }

    private CatalogSnapshot loadInTransaction() {
        var units = UnitHistory.of(specChanges.findUnitChanges());
        var session = entityManager.unwrap(Session.class);
        return session.doReturningWork(connection -> {
            try (var own = session.getSessionFactory()
                    .withOptions()
                    .connection(connection)
                    .openSession()) {
                own.setDefaultReadOnly(true);
                var products = own.createSelectionQuery(
                                "select p from Product p left join fetch p.mainSource", Product.class)
                        .getResultList();
                var sources = own.createSelectionQuery("select s from Source s", Source.class)
                        .getResultList();
                // Their products are the ones loaded above (one session), so getProduct() works detached.
                var changes = own.createSelectionQuery(
                                "select c from ProductSpecChange c order by c.effectiveDate, c.id",
                                ProductSpecChange.class)
                        .getResultList();
                products.forEach(Product::share);
                sources.forEach(Source::share);
                return new CatalogSnapshot(
                        products.stream()
                                .collect(Collectors.toMap(
                                        Product::getId, Function.identity(), (a, b) -> a, HashMap::new)),
                        sources.stream()
                                .collect(Collectors.toMap(
                                        Source::getId, Function.identity(), (a, b) -> a, HashMap::new)),
                        units,
                        changes.stream()
                                .collect(Collectors.groupingBy(
                                        c -> c.getProduct().getId(), HashMap::new, Collectors.toUnmodifiableList())));
            }
        });
    }
}
