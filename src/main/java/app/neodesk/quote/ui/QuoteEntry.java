package app.neodesk.quote.ui;

import app.neodesk.catalog.Product;
import app.neodesk.catalog.Source;
import app.neodesk.quote.Quote;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The bean of the quote entry form ({@link QuoteForm}). */
public final class QuoteEntry {

    @NotNull(message = "Choose a product")
    private @Nullable Product product;

    @NotNull(message = "Choose a source")
    private @Nullable Source source;

    @NotNull(message = "Enter the date")
    private @Nullable LocalDate date;

    private @Nullable BigDecimal low;
    private @Nullable BigDecimal high;
    private @Nullable BigDecimal mid;

    @Size(max = Quote.COMMENT_MAX_LENGTH, message = "At most 500 characters")
    private @Nullable String comment;

    public @Nullable Product getProduct() {
        return product;
    }

    public void setProduct(@Nullable Product product) {
        this.product = product;
    }

    public @Nullable Source getSource() {
        return source;
    }

    public void setSource(@Nullable Source source) {
        this.source = source;
    }

    public @Nullable LocalDate getDate() {
        return date;
    }

    public void setDate(@Nullable LocalDate date) {
        this.date = date;
    }

    public @Nullable BigDecimal getLow() {
        return low;
    }

    public void setLow(@Nullable BigDecimal low) {
        this.low = low;
    }

    public @Nullable BigDecimal getHigh() {
        return high;
    }

    public void setHigh(@Nullable BigDecimal high) {
        this.high = high;
    }

    public @Nullable BigDecimal getMid() {
        return mid;
    }

    public void setMid(@Nullable BigDecimal mid) {
        this.mid = mid;
    }

    public @Nullable String getComment() {
        return comment;
    }

    public void setComment(@Nullable String comment) {
        this.comment = comment;
    }
}
