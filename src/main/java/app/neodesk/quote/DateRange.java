package app.neodesk.quote;

import java.time.LocalDate;

/** The first and last date of a series' live quotes. */
public record DateRange(LocalDate first, LocalDate last) {}
