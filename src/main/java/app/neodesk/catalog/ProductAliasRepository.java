package app.neodesk.catalog;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProductAliasRepository extends JpaRepository<ProductAlias, Long> {

    @Query("select a.name from ProductAlias a where a.productId = :productId order by a.sortOrder")
    List<String> namesOf(long productId);

    /** The owners of aliases with these normalised keys. */
    @Query("select new app.neodesk.catalog.AliasOwner(a.aliasKey, x.id, x.code) from ProductAlias a, Product x"
            + " where x.id = a.productId and a.aliasKey in :keys")
    List<AliasOwner> ownersOf(Collection<String> keys);

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("delete from ProductAlias a where a.productId = :productId")
    int deleteOf(long productId);

    /** Every product with each of its aliases (a product without aliases once, with a null alias). */
    @Query("select p, a.name from Product p left join fetch p.mainSource"
            + " left join ProductAlias a on a.productId = p.id order by p.code, a.sortOrder")
    List<Object[]> productsWithAliases();

    @Query("select p from Product p where p.id in (select a.productId from ProductAlias a where a.aliasKey = :key)")
    List<Product> productsWithAliasKey(String key);
}
