package app.neodesk.quote;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.LocalDate;

/**
 * Quote input settings: {@code neodesk.quotes.earliest-date} (default 1990-01-01) is the earliest
 * quote date the desk accepts, on entry, correction and import.
 */
@ConfigurationProperties("neodesk.quotes")
public record QuoteSettings(@DefaultValue("1990-01-01") LocalDate earliestDate) {
}
