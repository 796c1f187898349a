package app.neodesk.chart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One value of a derived series (a spread or a ratio) on one date.
 *
 * @param date the date on which both inputs had a quote
 * @param value the derived value
 */
public record SeriesValue(LocalDate date, BigDecimal value) {

    public SeriesValue {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(value, "value");
    }
}
