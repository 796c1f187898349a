package app.neodesk.quote.ui;

import app.neodesk.quote.HistoryCursor;
import app.neodesk.quote.QuoteFilter;
import app.neodesk.quote.QuoteRow;
import app.neodesk.quote.QuoteService;
import org.springframework.data.domain.Pageable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the grid's offset requests into keyset queries: it remembers where each fetched page
 * ended, so scrolling on asks for "rows after this one" (flat cost at any depth). An offset it has
 * not seen (rare: the grid jumped) falls back to an offset query.
 */
final class HistoryPager {

    private final QuoteService quotes;
    private final QuoteFilter filter;
    private final Map<Long, HistoryCursor> cursorAtOffset = new HashMap<>();

    HistoryPager(QuoteService quotes, QuoteFilter filter) {
        this.quotes = quotes;
        this.filter = filter;
    }

    QuoteFilter filter() {
        return filter;
    }

    List<QuoteRow> fetch(Pageable pageable) {
        long offset = pageable.getOffset();
        int size = pageable.getPageSize();
        List<QuoteRow> rows;
        if (offset == 0) {
            rows = quotes.historyAfter(filter, null, size);
        } else if (cursorAtOffset.containsKey(offset)) {
            rows = quotes.historyAfter(filter, cursorAtOffset.get(offset), size);
        } else {
            rows = quotes.history(filter, pageable).getContent();
        }
        if (!rows.isEmpty()) {
            cursorAtOffset.put(offset + rows.size(), HistoryCursor.after(rows.getLast()));
        }
        return rows;
    }
}
