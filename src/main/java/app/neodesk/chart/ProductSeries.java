package app.neodesk.chart;

import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductSpecChange;
import app.neodesk.catalog.Source;
import java.util.List;

/**
 * One product's quotes from one source in the chart's range, oldest first, at the product's price
 * scale, each with its change against the previous quote of the series (which may lie before the
 * range; empty only for the series' very first quote).
 */
public record ProductSeries(
        Product product,
        Source source,
        List<PricePoint> points,
        List<PointChange> changes,
        List<ProductSpecChange> specChanges) {

    public ProductSeries {
        points = List.copyOf(points);
        changes = List.copyOf(changes);
        specChanges = List.copyOf(specChanges);
        if (points.size() != changes.size()) {
            throw new IllegalArgumentException("one change per point");
        }
    }
}
