package app.neodesk.quote;

import app.neodesk.catalog.Element;
import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductService;
import app.neodesk.security.SystemAuthentication;
import app.neodesk.support.TestProducts;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Products of the import tests, created on first use (tests share one database), and rows. */
final class ImportTestData {

    private ImportTestData() {}

    /** A product of its own for one test, in CNY/kg or CNY/t at scale 0. */
    static Product product(ProductService products, String code, Element element, PriceUnit unit) {
        return products.findByCode(code)
                .orElseGet(() -> SystemAuthentication.call(
                        () -> products.create(TestProducts.chinaSpot(code, element, MaterialForm.OXIDE, unit))));
    }

    static ImportRow row(
            long line, String date, String product, String source, String low, String high, @Nullable String mid) {
        return new ImportRow(
                line,
                LocalDate.parse(date),
                product,
                source,
                new BigDecimal(low),
                new BigDecimal(high),
                mid == null ? null : new BigDecimal(mid),
                null);
    }
}
