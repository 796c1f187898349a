package app.neodesk.dashboard;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How far back a dashboard change looks. 1D is the change against the previous quote (the desk's
 * usual change, whatever the calendar gap); 1W and 1M compare with the latest quote on or before
 * the date 7 days or 1 month before the latest quote.
 */
public enum ChangeSpan {
    DAY("1D", "1 day"),
    WEEK("1W", "1 week"),
    MONTH("1M", "1 month");

    private final String label;
    private final String description;

    ChangeSpan(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** "1D", "1W", "1M" */
    public String label() {
        return label;
    }

    /** "1 day", "1 week", "1 month" */
    public String description() {
        return description;
    }

    /** The date the base quote must lie on or before; {@code null} for 1D (the previous quote). */
    public @Nullable LocalDate target(LocalDate latest) {
        return switch (this) {
            case DAY -> null;
            case WEEK -> latest.minusDays(7);
            case MONTH -> latest.minusMonths(1);
        };
    }
}
