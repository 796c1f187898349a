package app.neodesk.dashboard;

import app.neodesk.catalog.Product;
import app.neodesk.catalog.Source;
import app.neodesk.quote.PriceChange;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One watchlist product on the dashboard: its latest quote from the main source, the change
 * against the quote before, and the mids of the last quotes for a sparkline (oldest first).
 *
 * @param versusDate the previous quote's date when it is older than the desk's gap
 *                   ({@link app.neodesk.quote.PreviousGap}), so the change reads "−21.70% vs 2021-03-18";
 *                   {@code null} for a usual previous quote or none
 */
public record WatchTile(Product product, @Nullable Source source, @Nullable LocalDate date, @Nullable BigDecimal mid,
                        @Nullable PriceChange change, List<BigDecimal> sparkline, @Nullable LocalDate versusDate) {

    public WatchTile {
        sparkline = List.copyOf(sparkline);
    }

    public boolean hasQuote() {
        return mid != null;
    }
}
