package app.neodesk.quote;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Quote settings, checked at start-up.
 *
 * @param earliestDate     {@code neodesk.quotes.earliest-date} (default 1990-01-01): the earliest quote
 *                         date the desk accepts, on entry, correction and import
 * @param previousGapDays  {@code neodesk.quotes.previous-gap-days} (default 10): the gap in calendar days
 *                         beyond which a change names its previous quote's date ({@link PreviousGap})
 * @param scaleGuardFactor {@code neodesk.quotes.scale-guard-factor} (default 3): a price more than this
 *                         many times above or below the product's stored level needs a confirmation
 *                         (see {@link ScaleGuard})
 */
@ConfigurationProperties("neodesk.quotes")
public record QuoteSettings(
        @DefaultValue("1990-01-01") LocalDate earliestDate,
        @DefaultValue("10") int previousGapDays,
        @DefaultValue("3") BigDecimal scaleGuardFactor) {

    public QuoteSettings {
        new PreviousGap(previousGapDays);
        if (scaleGuardFactor.compareTo(BigDecimal.ONE) <= 0) {
            throw new IllegalArgumentException("neodesk.quotes.scale-guard-factor must be more than 1");
        }
    }

    public PreviousGap previousGap() {
        return new PreviousGap(previousGapDays);
    }
}
