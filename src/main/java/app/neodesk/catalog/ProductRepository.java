package app.neodesk.catalog;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

public interface ProductRepository extends JpaRepository<Product, Long> {

    Optional<Product> findByCode(String code);

    boolean existsByCode(String code);

    boolean existsByCodeAndIdNot(String code, long id);

    List<Product> findByActiveTrueOrderByCode();

    List<Product> findAllByOrderByCode();

    @Query("""
            select p from Product p
            where (:text is null or lower(p.code) like :text)
              and (:activeOnly = false or p.active = true)
            order by p.code
            """)
    Slice<Product> search(@Param("text") @Nullable String text, @Param("activeOnly") boolean activeOnly,
                          Pageable pageable);
}
