package app.neodesk.quote.ui;

import app.neodesk.quote.HistoryCursor;
import app.neodesk.quote.QuoteFilter;
import app.neodesk.quote.QuoteRow;
import app.neodesk.quote.QuoteService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;

/**
 * Turns the grid's offset requests into keyset queries: it remembers where each fetched page
 * ended, so scrolling on asks for "rows after this one" (flat cost at any depth). An offset it has
 * not seen (rare: the grid jumped) falls back to an offset query.
 * <p>
 * The first page is read once, when the view first asks whether the filter matched anything, and
 * then handed to the grid, so the empty state costs no query of its own.
 */
final class HistoryPager {

    private final QuoteService quotes;
    private final QuoteFilter filter;
    private final int pageSize;
    private final Map<Long, HistoryCursor> cursorAtOffset = new HashMap<>();
    private @Nullable List<QuoteRow> firstPage;

    HistoryPager(QuoteService quotes, QuoteFilter filter, int pageSize) {
        this.quotes = quotes;
        this.filter = filter;
        this.pageSize = pageSize;
    }

    QuoteFilter filter() {
        return filter;
    }

    /** Whether the filter matches no quote at all. */
    boolean isEmpty() {
        return firstPage().isEmpty();
    }

    List<QuoteRow> fetch(Pageable pageable) {
        long offset = pageable.getOffset();
        int size = pageable.getPageSize();
        List<QuoteRow> rows;
        if (offset == 0 && size == pageSize) {
            rows = firstPage();
        } else if (offset == 0) {
            rows = quotes.historyAfter(filter, null, size);
        } else if (cursorAtOffset.containsKey(offset)) {
            rows = quotes.historyAfter(filter, cursorAtOffset.get(offset), size);
        } else {
            rows = quotes.history(filter, pageable).getContent();
        }
        remember(offset, rows);
        return rows;
    }

    private List<QuoteRow> firstPage() {
        if (firstPage == null) {
            firstPage = quotes.historyAfter(filter, null, pageSize);
            remember(0, firstPage);
        }
        return firstPage;
    }

    private void remember(long offset, List<QuoteRow> rows) {
        if (!rows.isEmpty()) {
            cursorAtOffset.put(offset + rows.size(), HistoryCursor.after(rows.getLast()));
        }
    }
}
