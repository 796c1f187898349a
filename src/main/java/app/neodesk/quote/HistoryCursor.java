package app.neodesk.quote;

import java.time.LocalDate;

/**
 * Keyset position in the history (newest first): the date and id of the last row already shown.
 * The next page starts right after it, so a deep page costs as little as the first.
 */
public record HistoryCursor(LocalDate date, long id) {

    public static HistoryCursor after(QuoteRow row) {
        return new HistoryCursor(row.date(), row.id());
    }
}
