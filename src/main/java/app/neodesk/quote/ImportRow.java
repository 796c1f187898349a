package app.neodesk.quote;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One quote of an import as a source read it, already in the product's unit; codes are not
 * resolved yet. A wide file gives several rows with the same line (one per product).
 *
 * @param line        the line of the file the row came from (1 is the header line of a CSV)
 * @param mid         {@code null} when the source has no mid: (low + high) / 2 is stored
 * @param comment     {@code null} or blank for none
 */
public record ImportRow(
        long line,
        LocalDate date,
        String productCode,
        String sourceCode,
        BigDecimal low,
        BigDecimal high,
        @Nullable BigDecimal mid,
        @Nullable String comment) {}
