package app.neodesk.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * Another name of a product (English or Chinese, a vendor's spelling). Its normalised key is unique
 * across all products. Rows are replaced as a whole list by {@link ProductService#setAliases}.
 */
@Entity
@Table(name = "product_alias")
class ProductAlias extends AliasEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_alias_seq")
    @SequenceGenerator(name = "product_alias_seq", sequenceName = "product_alias_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "product_id", nullable = false)
    private long productId;

    protected ProductAlias() {}

    ProductAlias(long productId, String name, int sortOrder) {
        super(name, sortOrder);
        this.productId = productId;
    }
}
