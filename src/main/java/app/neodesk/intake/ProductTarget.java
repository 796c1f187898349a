package app.neodesk.intake;

import app.neodesk.catalog.Product;
import app.neodesk.catalog.QuoteUnit;

/**
 * What a converted price must fit: the product's code, stored unit and number of decimals.
 */
public record ProductTarget(String code, QuoteUnit unit, int scale) {

    public static ProductTarget of(Product product) {
        return new ProductTarget(product.getCode(), QuoteUnit.of(product), product.getPriceScale());
    }
}
