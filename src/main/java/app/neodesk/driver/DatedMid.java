package app.neodesk.driver;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A quote's date and mid, as {@link PriceHistory} returns it. */
public record DatedMid(LocalDate date, BigDecimal mid) {}
