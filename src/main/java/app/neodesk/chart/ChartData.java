package app.neodesk.chart;

import app.neodesk.driver.DriverMarker;

import java.time.LocalDate;
import java.util.List;

/**
 * What a chart shows: each product's series over the resolved date range and the driver
 * annotations the user may see on those products.
 */
public record ChartData(ChartState state, List<ProductSeries> series, List<DriverMarker> drivers, LocalDate from,
                        LocalDate to) {

    public ChartData {
        series = List.copyOf(series);
        drivers = List.copyOf(drivers);
    }

    public boolean isEmpty() {
        return series.stream().allMatch(s -> s.points().isEmpty());
    }
}
