package app.neodesk.dashboard;

import app.neodesk.quote.PriceChange;
import app.neodesk.quote.QuoteService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The signed-in user's dashboard: their watchlist with the latest prices. */
@Service
@PreAuthorize("isAuthenticated()")
public class DashboardService {

    public static final int SPARKLINE_QUOTES = 90;

    private final WatchlistService watchlist;
    private final QuoteService quotes;

    DashboardService(WatchlistService watchlist, QuoteService quotes) {
        this.watchlist = watchlist;
        this.quotes = quotes;
    }

    @Transactional(readOnly = true)
    public List<WatchTile> myTiles() {
        return watchlist.myProducts().stream().map(product -> {
            var source = product.getMainSource();
            if (source == null) {
                return new WatchTile(product, null, null, null, null, List.of());
            }
            var recent = quotes.recent(product.getId(), source.getId(), SPARKLINE_QUOTES);
            if (recent.isEmpty()) {
                return new WatchTile(product, source, null, null, null, List.of());
            }
            var last = recent.getLast();
            return new WatchTile(product, source, last.date(), last.mid(), PriceChange.of(last.mid(), last.previousMid()),
                    recent.stream().map(QuoteService.QuotePoint::mid).toList());
        }).toList();
    }
}
