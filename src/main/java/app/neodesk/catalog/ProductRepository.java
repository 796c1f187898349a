package app.neodesk.catalog;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface ProductRepository extends JpaRepository<Product, Long>, JpaSpecificationExecutor<Product> {

    /* The main source is fetched in the same query: without the graph every product's eager source is a select. */
    @EntityGraph(Product.WITH_MAIN_SOURCE)
    Optional<Product> findByCode(String code);

    boolean existsByCode(String code);

    boolean existsByCodeAndIdNot(String code, long id);

    @EntityGraph(Product.WITH_MAIN_SOURCE)
    List<Product> findByActiveTrueOrderByCode();

    @EntityGraph(Product.WITH_MAIN_SOURCE)
    List<Product> findAllByOrderByCode();

    /** The products whose code, normalised like an alias (codes only lose their hyphens), is one of {@code keys}. */
    @Query("select x from Product x where replace(x.code, '-', '') in :keys")
    List<Product> findByCodeKeyIn(Collection<String> keys);
}
