package app.neodesk.quote;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.LocalDate;

/**
 * Quote settings: {@code neodesk.quotes.earliest-date} (default 1990-01-01) is the earliest quote
 * date the desk accepts, on entry, correction and import; {@code neodesk.quotes.previous-gap-days}
 * (default 10) is the gap in calendar days beyond which a change names its previous quote's date
 * ({@link PreviousGap}).
 */
@ConfigurationProperties("neodesk.quotes")
public record QuoteSettings(@DefaultValue("1990-01-01") LocalDate earliestDate,
                            @DefaultValue("10") int previousGapDays) {

    /** The gap rule, checked at start-up (at least 1 day). */
    public QuoteSettings {
        new PreviousGap(previousGapDays);
    }

    public PreviousGap previousGap() {
        return new PreviousGap(previousGapDays);
    }
}
