package app.neodesk.quote;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A live quote as charts and tiles read it: date, prices and the previous quote's mid and date (both
 * null for the first quote of the series).
 */
public record QuotePoint(
        LocalDate date,
        BigDecimal low,
        BigDecimal high,
        BigDecimal mid,
        @Nullable BigDecimal previousMid,
        @Nullable LocalDate previousDate) {}
