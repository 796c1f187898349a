package app.neodesk.quote;

import app.neodesk.catalog.Product;
import app.neodesk.catalog.Source;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A live quote as the history, the forms and the export read it, with its change. */
public record QuoteRow(long id, long version, Product product, Source source, LocalDate date, BigDecimal low,
                       BigDecimal high, BigDecimal mid, @Nullable BigDecimal previousMid, @Nullable String comment,
                       String enteredBy, Instant enteredAt, int revisionCount) {

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

    /** "nd-metal-cn/yangtze/2026-02-11" */
    public String key() {
        return product.getCode() + "/" + source.getCode() + "/" + date;
    }
}
