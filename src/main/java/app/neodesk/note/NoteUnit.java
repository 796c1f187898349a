package app.neodesk.note;

import app.neodesk.catalog.PriceCurrency;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.QuoteUnit;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A unit as a note writes it next to a number, possibly in parts: "CNY 35,000" names only the
 * currency, "per ton" only the quantity; the rest comes from the other numbers of the sentence.
 *
 * @param currency   the currency, if written
 * @param multiplier 10,000 for 万元, else 1
 * @param quantity   the quantity, if written
 */
public record NoteUnit(
        @Nullable PriceCurrency currency,
        BigDecimal multiplier,
        @Nullable PriceUnit quantity) {

    public static final NoteUnit NONE = new NoteUnit(null, BigDecimal.ONE, null);
    static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");

    public boolean isEmpty() {
        return currency == null && quantity == null && multiplier.compareTo(BigDecimal.ONE) == 0;
    }

    public boolean isComplete() {
        return currency != null && quantity != null;
    }

    /**
     * This unit with its missing parts taken from {@code other}: a written currency keeps its own
     * multiplier ("CNY 35,000" in a sentence in 万元/吨 stays yuan), a bare number takes the other's.
     */
    public NoteUnit orElse(NoteUnit other) {
        return new NoteUnit(
                currency != null ? currency : other.currency,
                currency != null ? multiplier : other.multiplier,
                quantity != null ? quantity : other.quantity);
    }

    /** The exact unit, once currency and quantity are known. */
    public Optional<QuoteUnit> toQuoteUnit() {
        return currency == null || quantity == null
                ? Optional.empty()
                : Optional.of(new QuoteUnit(currency, multiplier, quantity));
    }

    /** "10,000 CNY/t", "CNY/?", "?/t" */
    public String label() {
        return toQuoteUnit()
                .map(QuoteUnit::label)
                .orElseGet(() -> (multiplier.compareTo(BigDecimal.ONE) == 0 ? "" : "10,000 ")
                        + (currency == null ? "?" : currency.name()) + "/"
                        + (quantity == null ? "?" : quantity.symbol()));
    }
}
