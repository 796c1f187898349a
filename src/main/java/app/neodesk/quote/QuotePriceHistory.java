package app.neodesk.quote;

import app.neodesk.driver.DatedMid;
import app.neodesk.driver.PriceHistory;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** Feeds the driver scorecard from live quotes, through the secured {@link QuoteService}. */
@Component
class QuotePriceHistory implements PriceHistory {

    private final QuoteService quotes;

    QuotePriceHistory(QuoteService quotes) {
        this.quotes = quotes;
    }

    @Override
    public List<DatedMid> midsFrom(long productId, long sourceId, LocalDate date, int count) {
        return quotes.following(productId, sourceId, date, count).stream()
                .map(p -> new DatedMid(p.date(), p.mid()))
                .toList();
    }
}
