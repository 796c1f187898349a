package app.neodesk.quote.ui;

import app.neodesk.catalog.Product;
import app.neodesk.catalog.Source;
import app.neodesk.quote.PriceChange;
import app.neodesk.quote.PriceFormat;
import app.neodesk.quote.QuoteRow;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The previous quote of the series being entered and the change the typed mid makes, updated as
 * the user types. The previous quote is looked up once per product, source and date, not per keystroke.
 */
class QuotePreview extends Span {

    /** Looks up the previous quote for the preview: (productId, sourceId, date). */
    @FunctionalInterface
    interface PreviousLookup {
        Optional<QuoteRow> previous(long productId, long sourceId, LocalDate date);
    }

    private static final String CLASS = "quote-preview";
    private final PreviousLookup lookup;
    private @Nullable String previousKey;
    private Optional<QuoteRow> previousValue = Optional.empty();

    QuotePreview(PreviousLookup lookup) {
        this.lookup = lookup;
        addClassName(CLASS);
        // Screen readers hear the change as it is typed.
        getElement().setAttribute("aria-live", "polite");
    }

    /** Forgets the looked-up quote: the quote just saved may be the next one's previous. */
    void forget() {
        previousKey = null;
    }

    void show(@Nullable Product p, @Nullable Source s, @Nullable LocalDate d, @Nullable BigDecimal mid) {
        setClassName(CLASS);
        if (p == null || s == null || d == null) {
            setText("");
            return;
        }
        var previous = previous(p.requireId(), s.requireId(), d);
        if (previous.isEmpty()) {
            setText("No earlier quote of " + p.getCode() + " from " + s.getCode() + ": the change will be empty.");
            return;
        }
        var prev = previous.get();
        var text = "Previous: " + prev.date() + " mid " + PriceFormat.price(prev.mid(), p.getPriceScale());
        if (mid != null && mid.signum() > 0) {
            var change = PriceChange.of(mid, prev.mid());
            text += " → change " + PriceFormat.changeAmount(change, p.getPriceScale()) + " ("
                    + PriceFormat.changePercent(change) + ")";
            setClassName(CLASS + " " + PriceFormat.cssClass(change));
        }
        setText(text);
    }

    private Optional<QuoteRow> previous(long productId, long sourceId, LocalDate date) {
        var key = productId + "/" + sourceId + "/" + date;
        if (!key.equals(previousKey)) {
            previousValue = lookup.previous(productId, sourceId, date);
            previousKey = key;
        }
        return previousValue;
    }
}
