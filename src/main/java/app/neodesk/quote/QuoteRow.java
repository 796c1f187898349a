package app.neodesk.quote;

import app.neodesk.catalog.PriceCurrency;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.QuoteUnit;
import app.neodesk.catalog.Source;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A live quote as the history, the forms and the export read it, with its change.
 *
 * @param previousMid  the mid of the previous live quote of the series, {@code null} for the first
 * @param previousDate the date of that previous quote, {@code null} for the first
 * @param unit         the currency and unit the prices are in: the product's unit in force on {@code date}
 *                     (a product that moved from CNY/t to CNY/kg keeps CNY/t on its older quotes)
 */
public record QuoteRow(
        long id,
        long version,
        Product product,
        Source source,
        LocalDate date,
        BigDecimal low,
        BigDecimal high,
        BigDecimal mid,
        @Nullable BigDecimal previousMid,
        @Nullable String comment,
        String enteredBy,
        Instant enteredAt,
        int revisionCount,
        @Nullable LocalDate previousDate,
        QuoteUnit unit) {

    public PriceChange change() {
        return PriceChange.of(mid, previousMid);
    }

    public boolean corrected() {
        return revisionCount > 0;
    }

    public int scale() {
        return product.getPriceScale();
    }

    public QuotePrices prices() {
        return new QuotePrices(low, high, mid);
    }

    public PriceCurrency currency() {
        return unit.currency();
    }

    /** "CNY/t" */
    public String unitLabel() {
        return unit.label();
    }

    /** "nd-metal-cn/yangtze/2026-02-11" */
    public String key() {
        return product.getCode() + "/" + source.getCode() + "/" + date;
    }
}
