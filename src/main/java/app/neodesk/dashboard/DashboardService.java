package app.neodesk.dashboard;

import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.Source;
import app.neodesk.catalog.SourceService;
import app.neodesk.catalog.UnitHistory;
import app.neodesk.quote.PreviousGap;
import app.neodesk.quote.QuotePoint;
import app.neodesk.quote.QuoteService;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's dashboard: their own watchlist (nobody sees another user's) with each
 * product's latest quote, its 1D/1W/1M changes and a sparkline over {@link #SPARKLINE_PERIOD}.
 * A tile whose latest quote is older than the newest tile's is marked stale.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class DashboardService {

    /** The sparkline's period before the latest quote; at least a month, so it also holds the 1M base. */
    public static final Period SPARKLINE_PERIOD = Period.ofMonths(3);
    /** The sparkline period's label on the tile. */
    public static final String SPARKLINE_LABEL = "3M";

    private final WatchlistService watchlist;
    private final QuoteService quotes;
    private final SourceService sources;
    private final ProductService products;

    DashboardService(WatchlistService watchlist, QuoteService quotes, SourceService sources, ProductService products) {
        this.watchlist = watchlist;
        this.quotes = quotes;
        this.sources = sources;
        this.products = products;
    }

    /** The tiles of the signed-in user's watchlist, in its order; empty for an empty watchlist. */
    @Transactional(readOnly = true)
    public List<WatchTile> myTiles() {
        var gap = quotes.previousGap();
        var units = products.catalog().units();
        var tiles = watchlist.myProducts().stream()
                .map(product -> tile(product, gap, units))
                .toList();
        var newest = tiles.stream()
                .map(WatchTile::date)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
        return tiles.stream().map(t -> t.withFreshest(newest)).toList();
    }

    private WatchTile tile(Product product, PreviousGap gap, UnitHistory units) {
        Source source = product.getMainSource();
        var latest = source == null ? List.<QuotePoint>of() : quotes.recent(product.requireId(), source.requireId(), 1);
        if (source == null || latest.isEmpty()) {
            // No main source, or none of its quotes yet: show the source that has the latest quote
            // rather than a false "No quotes yet".
            var other = quotes.latestSourceId(product.requireId()).map(sources::get);
            if (other.isEmpty()) {
                return WatchTile.empty(product, source);
            }
            source = other.get();
            latest = quotes.recent(product.requireId(), source.requireId(), 1);
            if (latest.isEmpty()) {
                return WatchTile.empty(product, source);
            }
        }
        LocalDate to = latest.getLast().date();
        LocalDate from = to.minus(SPARKLINE_PERIOD);
        var period = quotes.points(product.requireId(), source.requireId(), from, to);
        if (period.isEmpty()) {
            // The latest quote was deleted between the two reads.
            period = latest;
        }
        return TileFigures.of(
                product,
                source,
                new WatchTile.Period(SPARKLINE_LABEL, from, to),
                period,
                date -> units.unitAt(product, date),
                gap);
    }
}
