package app.neodesk.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ProductSpecChangeRepository extends JpaRepository<ProductSpecChange, Long> {

    List<ProductSpecChange> findByProductIdOrderByEffectiveDate(long productId);
}
