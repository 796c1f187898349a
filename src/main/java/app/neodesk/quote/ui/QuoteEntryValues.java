package app.neodesk.quote.ui;

import app.neodesk.catalog.Product;
import app.neodesk.catalog.Source;
import app.neodesk.quote.Quote;
import app.neodesk.quote.QuoteDraft;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the quote entry form ({@link QuoteForm}) binds: the product and source as picked, the date,
 * the prices and the comment. The component names are the field names {@code QuoteService.enter}
 * gives its refusals ({@code QuoteRules.FIELD_DATE} and the others), so a refusal shows at its field.
 *
 * <p>Not {@link QuoteDraft} itself: the draft holds ids and the "Save anyway" confirmations, which
 * are no fields, and its low and high cannot be empty, as the fields are until typed. A valid entry
 * becomes a draft with {@link #draft()}.
 */
public record QuoteEntryValues(
        @NotNull(message = "Choose a product") @Nullable Product product,
        @NotNull(message = "Choose a source") @Nullable Source source,
        @NotNull(message = "Enter the date") @Nullable LocalDate quoteDate,
        @Nullable BigDecimal low,
        @Nullable BigDecimal high,
        @Nullable BigDecimal mid,

        @Size(max = Quote.COMMENT_MAX_LENGTH, message = "At most " + Quote.COMMENT_MAX_LENGTH + " characters") @Nullable
        String comment) {

    /** An empty entry on {@code date}: the form's start, the market's today. */
    public static QuoteEntryValues on(LocalDate date) {
        return next(null, date);
    }

    /** The entry after a saved one: same source and date, everything else empty. */
    public static QuoteEntryValues next(@Nullable Source source, @Nullable LocalDate date) {
        return new QuoteEntryValues(null, source, date, null, null, null, null);
    }

    /**
     * The draft for {@code QuoteService.enter}, without any confirmation. Only for values the form
     * has validated: its checks require product, source, date, low and high.
     */
    public QuoteDraft draft() {
        return new QuoteDraft(
                required(product).requireId(),
                required(source).requireId(),
                required(quoteDate),
                required(low),
                required(high),
                mid,
                comment,
                false);
    }

    private static <T> T required(@Nullable T value) {
        return Objects.requireNonNull(value, "a required field passed the binder's validation empty");
    }
}
