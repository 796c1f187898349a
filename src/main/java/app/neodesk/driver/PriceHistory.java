package app.neodesk.driver;

import java.time.LocalDate;
import java.util.List;

/**
 * Where the scorecard reads prices. The quotes feature implements it; until then there is no bean
 * and the scorecard shows "no price data".
 */
public interface PriceHistory {

    /**
     * The quote of the product from the source on or before {@code date} (the base), followed by
     * up to {@code count} later quotes, ordered by date. Empty if there is no quote on or before
     * the date.
     */
    List<DatedMid> midsFrom(long productId, long sourceId, LocalDate date, int count);
}
