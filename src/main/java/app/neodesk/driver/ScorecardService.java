package app.neodesk.driver;

import app.neodesk.catalog.Product;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * How prices moved after drivers: per annotation over 1, 5 and 20 quotes of each linked product's
 * main source, and summarised by category and direction. Reads only annotations visible to the
 * signed-in user (through {@link DriverService}), and prices through a {@link PriceHistory} if
 * one is installed.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ScorecardService {

    /** The summary covers at most this many of the newest visible annotations. */
    public static final int MAX_ANNOTATIONS = 2000;

    private final DriverService drivers;
    private final ObjectProvider<PriceHistory> history;

    ScorecardService(DriverService drivers, ObjectProvider<PriceHistory> history) {
        this.drivers = drivers;
        this.history = history;
    }

    /** Whether any price data source is installed. */
    public boolean hasPriceData() {
        return history.getIfAvailable() != null;
    }

    /** The scores of one visible annotation, one per product; empty when there is no price data source. */
    public List<Scorecard.ProductScore> forAnnotation(long driverId) {
        var prices = history.getIfAvailable();
        var annotation = drivers.get(driverId);
        return prices == null ? List.of() : score(annotation, prices);
    }

    /** The summary over the visible annotations that match the filter. */
    public List<Scorecard.SummaryRow> summary(DriverFilter filter) {
        var prices = history.getIfAvailable();
        if (prices == null) {
            return List.of();
        }
        List<Scorecard.Outcome> outcomes = new ArrayList<>();
        for (var a : drivers.search(filter, PageRequest.of(0, MAX_ANNOTATIONS))) {
            for (var score : score(a, prices)) {
                outcomes.add(new Scorecard.Outcome(a.getCategory(), a.getDirection(), score));
            }
        }
        return Scorecard.summarise(outcomes);
    }

    private static List<Scorecard.ProductScore> score(DriverAnnotation a, PriceHistory prices) {
        var date = a.getStartDate();
        return a.getProducts().stream()
                .sorted(Comparator.comparing(Product::getCode))
                .map(p -> {
                    long productId = p.requireId();
                    var source = p.getMainSource();
                    if (source == null || source.getId() == null) {
                        return new Scorecard.ProductScore(productId, p.getCode(), null, List.of());
                    }
                    return Scorecard.score(
                            productId,
                            p.getCode(),
                            date,
                            prices.midsFrom(productId, source.getId(), date, Scorecard.MAX_HORIZON));
                })
                .toList();
    }
}
