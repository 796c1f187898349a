package app.neodesk.dashboard;

import app.neodesk.catalog.SourceService;
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
    private final SourceService sources;

    DashboardService(WatchlistService watchlist, QuoteService quotes, SourceService sources) {
        this.watchlist = watchlist;
        this.quotes = quotes;
        this.sources = sources;
    }

    @Transactional(readOnly = true)
    public List<WatchTile> myTiles() {
        var gap = quotes.previousGap();
        return watchlist.myProducts().stream().map(product -> {
            var source = product.getMainSource();
            var recent = source == null ? List.<QuoteService.QuotePoint>of()
                    : quotes.recent(product.getId(), source.getId(), SPARKLINE_QUOTES);
            if (recent.isEmpty()) {
                // No main source, or none of its quotes yet: show the source that has the latest quote
                // rather than a false "No quotes yet".
                var latest = quotes.latestSourceId(product.getId()).map(sources::get);
                if (latest.isEmpty()) {
                    return new WatchTile(product, source, null, null, null, List.of(), null);
                }
                source = latest.get();
                recent = quotes.recent(product.getId(), source.getId(), SPARKLINE_QUOTES);
            }
            var last = recent.getLast();
            return new WatchTile(product, source, last.date(), last.mid(), PriceChange.of(last.mid(), last.previousMid()),
                    recent.stream().map(QuoteService.QuotePoint::mid).toList(),
                    gap.versus(last.date(), last.previousDate()));
        }).toList();
    }
}
