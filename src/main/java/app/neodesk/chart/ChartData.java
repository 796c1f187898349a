package app.neodesk.chart;

import app.neodesk.driver.DriverMarker;
import app.neodesk.quote.PreviousGap;
import java.time.LocalDate;
import java.util.List;

/**
 * What a chart shows: each product's series over the resolved date range and the driver
 * annotations the user may see on those products; {@code previousGap} decides which changes name
 * their previous quote's date in the tooltip ("-21.70% vs 2021-03-18").
 */
public record ChartData(
        ChartState state,
        List<ProductSeries> series,
        List<DriverMarker> drivers,
        LocalDate from,
        LocalDate to,
        PreviousGap previousGap) {

    public ChartData {
        series = List.copyOf(series);
        drivers = List.copyOf(drivers);
    }

    public boolean isEmpty() {
        return series.stream().allMatch(s -> s.points().isEmpty());
    }
}
