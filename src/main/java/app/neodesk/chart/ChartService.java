package app.neodesk.chart;

import app.neodesk.base.IdentityMemo;
import app.neodesk.base.ValidationException;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.Source;
import app.neodesk.driver.DriverMarker;
import app.neodesk.driver.DriverService;
import app.neodesk.quote.QuotePoint;
import app.neodesk.quote.QuoteService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads what a chart shows. Every signed-in user reads prices; driver markers come from
 * {@link DriverService}, which only returns annotations the user may see.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ChartService {

    private final QuoteService quotes;
    private final ProductService products;
    private final DriverService drivers;
    private final Clock clock;
    /**
     * Each cached stored series converted once per scale (the quote service hands out the same list
     * while a series is unchanged); as many as its series cache holds by default.
     */
    private final IdentityMemo<List<QuotePoint>, Integer, ConvertedSeries> converted = new IdentityMemo<>(32);

    ChartService(QuoteService quotes, ProductService products, DriverService drivers, Clock clock) {
        this.quotes = quotes;
        this.products = products;
        this.drivers = drivers;
        this.clock = clock;
    }

    /**
     * Resolves the products, source and range of {@code state} and loads their quotes.
     *
     * @throws ValidationException for an unknown product or source, or a product without a source
     */
    @Transactional(readOnly = true)
    public ChartData load(ChartState state) {
        var catalog = products.catalog();
        var chosen = new ArrayList<Product>();
        for (var code : state.productCodes()) {
            chosen.add(catalog.productByCode(code)
                    .orElseThrow(() -> new ValidationException(ChartState.PRODUCTS, "Unknown product '" + code + "'")));
        }
        Source fixedSource = state.sourceCode() == null
                ? null
                : catalog.sourceByCode(state.sourceCode())
                        .orElseThrow(() -> new ValidationException(
                                ChartState.SOURCE, "Unknown source '" + state.sourceCode() + "'"));

        var stored = new ArrayList<List<QuotePoint>>();
        var sourceOf = new ArrayList<Source>();
        for (var product : chosen) {
            var source = fixedSource != null ? fixedSource : product.getMainSource();
            if (source == null) {
                throw new ValidationException(
                        ChartState.SOURCE, "Product '" + product.getCode() + "' has no main source: choose a source");
            }
            sourceOf.add(source);
            stored.add(quotes.series(product.requireId(), source.requireId()));
        }
        var today = LocalDate.now(clock);
        var to = stored.stream()
                .filter(s -> !s.isEmpty())
                .map(s -> s.getLast().date())
                .max(Comparator.naturalOrder())
                .orElse(today);
        var earliest = stored.stream()
                .filter(s -> !s.isEmpty())
                .map(s -> s.getFirst().date())
                .min(Comparator.naturalOrder())
                .orElse(to);
        var from = state.range().from(to, earliest);

        var series = new ArrayList<ProductSeries>();
        for (int i = 0; i < chosen.size(); i++) {
            var product = chosen.get(i);
            var source = sourceOf.get(i);
            var rows = stored.get(i);
            int scale = product.getPriceScale();
            var shown = converted
                    .get(rows, scale, () -> ConvertedSeries.of(rows, scale))
                    .slice(from, to);
            var specChanges = products.specChanges(product.requireId()).stream()
                    .filter(c -> !c.getEffectiveDate().isBefore(from)
                            && !c.getEffectiveDate().isAfter(to))
                    .toList();
            series.add(new ProductSeries(product, source, shown.points(), shown.changes(), specChanges));
        }
        var productIds =
                chosen.stream().map(Product::getId).map(Objects::requireNonNull).toList();
        var markers = productIds.isEmpty() ? List.<DriverMarker>of() : drivers.markersFor(productIds, from, to);
        return new ChartData(state, series, markers, from, to, quotes.previousGap());
    }

    /** Active products, for the chart's product picker. */
    @Transactional(readOnly = true)
    public List<Product> products() {
        return products.catalog().activeProducts();
    }

    @Transactional(readOnly = true)
    public List<Source> sources() {
        return products.catalog().sourcesByCode();
    }
}
