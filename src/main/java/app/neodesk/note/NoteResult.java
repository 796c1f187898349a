package app.neodesk.note;

import app.neodesk.quote.QuoteRow;
import java.util.List;

/**
 * What a confirmation saved.
 *
 * @param quotes    the quotes entered or corrected
 * @param driverIds the driver annotations created
 * @param unchanged drafts equal to the stored quote, so nothing was saved for them
 */
public record NoteResult(List<QuoteRow> quotes, List<Long> driverIds, int unchanged) {}
