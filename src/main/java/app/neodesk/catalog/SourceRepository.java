package app.neodesk.catalog;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;

import java.util.List;
import java.util.Optional;

public interface SourceRepository extends JpaRepository<Source, Long>, JpaSpecificationExecutor<Source> {

    Optional<Source> findByCode(String code);

    boolean existsByCode(String code);

    boolean existsByCodeAndIdNot(String code, long id);

    List<Source> findAllByOrderByCode();

    /** The sources whose code, normalised like an alias (codes only lose their hyphens), is one of {@code keys}. */
    @Query("select x from Source x where replace(x.code, '-', '') in :keys")
    List<Source> findByCodeKeyIn(Collection<String> keys);
}
