package app.neodesk.quote;

import app.neodesk.catalog.Element;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductService;

/** For tests outside this package: a CNY/kg product of their own. */
public final class ImportTestSupport {

    private ImportTestSupport() {}

    public static Product kgProduct(ProductService products, String code) {
        return ImportTestData.product(products, code, Element.DY, PriceUnit.KG);
    }
}
