package app.neodesk.support;

import app.neodesk.catalog.Element;
import app.neodesk.catalog.MarketBasis;
import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.PriceCurrency;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.ProductData;
import java.math.BigDecimal;

/** Products that tests create for themselves, specified the way most Chinese spot prices are. */
public final class TestProducts {

    private TestProducts() {}

    /** {@code element} {@code form} ≥99.5%, China ex-works, in CNY per {@code unit}, whole yuan, active. */
    public static ProductData chinaSpot(String code, Element element, MaterialForm form, PriceUnit unit) {
        return ProductData.of(
                code, element, form, new BigDecimal("99.5"), MarketBasis.CN_EXW, PriceCurrency.CNY, unit, 0);
    }
}
