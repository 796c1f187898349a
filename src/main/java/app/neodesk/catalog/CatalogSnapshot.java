package app.neodesk.catalog;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The whole catalog at one moment, as the quote reads need it to turn stored rows into rows with
 * their product, source and unit: products by id (each with its main source), sources by id and the
 * unit history. Immutable and shared between threads by {@link CatalogCache}.
 * <p>
 * The entities are detached: they were loaded in a session of their own that is closed, with the
 * main source fetched in the same query, so nothing lazy is left to load. Nobody may change them.
 * The admin forms do not: they edit a copy they load with {@code ProductService.get} or
 * {@code SourceService.get}, never the product or source of a quote row.
 */
public record CatalogSnapshot(
        Map<Long, Product> products,
        Map<Long, Source> sources,
        UnitHistory units,
        Map<Long, List<ProductSpecChange>> specChanges) {

    public CatalogSnapshot {
        products = Collections.unmodifiableMap(products);
        sources = Collections.unmodifiableMap(sources);
        specChanges = Collections.unmodifiableMap(specChanges);
    }

    public @Nullable Product product(long id) {
        return products.get(id);
    }

    public @Nullable Source source(long id) {
        return sources.get(id);
    }

    /** The product with this code, if any (exact match, as the database compares codes). */
    public Optional<Product> productByCode(String code) {
        return products.values().stream().filter(p -> p.getCode().equals(code)).findFirst();
    }

    /** The source with this code, if any. */
    public Optional<Source> sourceByCode(String code) {
        return sources.values().stream().filter(s -> s.getCode().equals(code)).findFirst();
    }

    /** Active products by code. */
    public List<Product> activeProducts() {
        return products.values().stream()
                .filter(Product::isActive)
                .sorted(Comparator.comparing(Product::getCode))
                .toList();
    }

    /** All products, active or not, by code. */
    public List<Product> productsByCode() {
        return products.values().stream()
                .sorted(Comparator.comparing(Product::getCode))
                .toList();
    }

    /** The recorded specification changes of a product, oldest first. */
    public List<ProductSpecChange> specChanges(long productId) {
        return specChanges.getOrDefault(productId, List.of());
    }

    /** All sources by code. */
    public List<Source> sourcesByCode() {
        return sources.values().stream()
                .sorted(Comparator.comparing(Source::getCode))
                .toList();
    }
}
