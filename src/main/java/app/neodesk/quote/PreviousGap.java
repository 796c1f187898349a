package app.neodesk.quote;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * When a change needs its base named: a change measured against a previous quote more than
 * {@code days} calendar days older (default 10, {@code neodesk.quotes.previous-gap-days}) reads
 * "−21.70% vs 2021-03-18" instead of passing for a one-day move. A Friday → Monday weekend is
 * 3 days, a week-long holiday 8: far below the gap.
 *
 * @param days the largest gap in calendar days that still counts as the usual previous quote
 */
public record PreviousGap(int days) {

    public static final int DEFAULT_DAYS = 10;
    public static final PreviousGap DEFAULT = new PreviousGap(DEFAULT_DAYS);

    public PreviousGap {
        if (days < 1) {
            throw new IllegalArgumentException("The previous-quote gap must be at least 1 day, not " + days);
        }
    }

    /** Whether the previous quote lies more than {@link #days} calendar days before {@code date}. */
    public boolean exceeded(LocalDate date, @Nullable LocalDate previousDate) {
        return previousDate != null && ChronoUnit.DAYS.between(previousDate, date) > days;
    }

    /** The previous quote's date when the gap is exceeded, else {@code null}: the date a change must name. */
    public @Nullable LocalDate versus(LocalDate date, @Nullable LocalDate previousDate) {
        return exceeded(date, previousDate) ? previousDate : null;
    }

    /** " vs 2021-03-18" when the gap is exceeded, else "". */
    public String label(LocalDate date, @Nullable LocalDate previousDate) {
        var versus = versus(date, previousDate);
        return versus == null ? "" : " vs " + versus;
    }
}
