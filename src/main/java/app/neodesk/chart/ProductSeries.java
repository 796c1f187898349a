package app.neodesk.chart;

import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductSpecChange;
import app.neodesk.catalog.Source;

import java.util.List;

/**
 * One product's quotes from one source, oldest first. The first point may be the last quote
 * before the range, so that the first visible point's change is against the real previous quote
 * (the chart shows the range itself; the extra point lies just outside it).
 */
public record ProductSeries(Product product, Source source, List<PricePoint> points, List<ProductSpecChange> specChanges) {

    public ProductSeries {
        points = List.copyOf(points);
        specChanges = List.copyOf(specChanges);
    }
}
