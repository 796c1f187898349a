package app.neodesk.catalog;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProductSpecChangeRepository extends JpaRepository<ProductSpecChange, Long> {

    /** Product id, effective date, recorded at, old currency and old unit of every currency or unit change. */
    @Query("select c.product.id, c.effectiveDate, c.recordedAt, c.oldCurrency, c.oldUnit from ProductSpecChange c"
            + " where c.oldCurrency is not null and c.oldUnit is not null")
    List<Object[]> findUnitChanges();
}
