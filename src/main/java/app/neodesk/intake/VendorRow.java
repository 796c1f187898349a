package app.neodesk.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A quote read from a vendor file, its prices converted to the product's unit. */
public record VendorRow(
        long line,
        LocalDate date,
        String product,
        String source,
        BigDecimal low,
        BigDecimal high,
        @Nullable BigDecimal mid,
        @Nullable String comment) {}
