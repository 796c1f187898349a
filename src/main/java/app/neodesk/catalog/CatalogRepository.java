package app.neodesk.catalog;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;

/** What the product and source tables share: items with a unique code. */
@NoRepositoryBean
public interface CatalogRepository<T extends CatalogEntity>
        extends JpaRepository<T, Long>, JpaSpecificationExecutor<T> {

    boolean existsByCode(String code);

    boolean existsByCodeAndIdNot(String code, long id);

    /** The items whose code, normalised like an alias (codes only lose their hyphens), is one of {@code keys}. */
    @Query("select x from #{#entityName} x where replace(x.code, '-', '') in :keys")
    List<T> findByCodeKeyIn(Collection<String> keys);
}
