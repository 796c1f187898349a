package app.neodesk.intake;

import app.neodesk.catalog.NameIndex;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.Source;
import java.util.Optional;

/** The catalog as one import sees it: products and sources by code or alias, read once (one query each). */
final class ServiceCatalog implements IntakeCatalog {

    private final NameIndex<Product> products;
    private final NameIndex<Source> sources;

    ServiceCatalog(NameIndex<Product> products, NameIndex<Source> sources) {
        this.products = products;
        this.sources = sources;
    }

    @Override
    public Optional<ProductTarget> product(String nameOrCode) {
        return products.resolve(nameOrCode).map(ProductTarget::of);
    }

    @Override
    public Optional<ProductTarget> productByCode(String code) {
        return products.resolve(code).filter(p -> p.getCode().equals(code)).map(ProductTarget::of);
    }

    @Override
    public Optional<String> source(String nameOrCode) {
        return sources.resolve(nameOrCode).map(Source::getCode);
    }

    Optional<String> productCode(String name) {
        return products.resolve(name).map(Product::getCode);
    }
}
