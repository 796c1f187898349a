package app.neodesk.quote;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the history shows: some products (none = all), one source (or all) and an inclusive date
 * range. Products and source are identified by id.
 */
public record QuoteFilter(
        Set<Long> productIds,
        @Nullable Long sourceId,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public QuoteFilter {
        productIds = Set.copyOf(productIds);
    }

    public static QuoteFilter all() {
        return new QuoteFilter(Set.of(), null, null, null);
    }

    public static QuoteFilter ofProduct(long productId) {
        return new QuoteFilter(Set.of(productId), null, null, null);
    }
}
