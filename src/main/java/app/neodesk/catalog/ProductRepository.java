package app.neodesk.catalog;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface ProductRepository extends JpaRepository<Product, Long>, JpaSpecificationExecutor<Product> {

    boolean existsByCode(String code);

    boolean existsByCodeAndIdNot(String code, long id);

    /** The products whose code, normalised like an alias (codes only lose their hyphens), is one of {@code keys}. */
    @Query("select x from Product x where replace(x.code, '-', '') in :keys")
    List<Product> findByCodeKeyIn(Collection<String> keys);
}
