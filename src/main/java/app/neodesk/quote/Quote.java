package app.neodesk.quote;

import app.neodesk.base.AbstractEntity;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.Source;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One price assessment of a product by a source on a date. Changed only through
 * {@link QuoteService}: corrections keep a {@link QuoteRevision}, deletion is soft.
 */
@Entity
@Table(name = "quote")
public class Quote extends AbstractEntity {

    public static final int COMMENT_MAX_LENGTH = 500;
    public static final int REASON_MAX_LENGTH = 500;
    /**
     * Digits allowed before the decimal point: 11, i.e. below 100 billion per unit, thousands of times
     * the dearest rare-earth price. The column (numeric(19,4)) would hold 15, but with up to 4
     * decimals 11 keeps every price within 15 significant digits, which the browser's chart numbers
     * (doubles) show exactly; a 15-digit price is a typing mistake, not a market move.
     */
    public static final int MAX_INTEGER_DIGITS = 11;

    public static final String SORT_DATE = "quoteDate";
    /** {@link #deletedId} of a live quote. */
    static final long LIVE = 0L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quote_seq")
    @SequenceGenerator(name = "quote_seq", sequenceName = "quote_seq", allocationSize = 50)
    private @Nullable Long id;

    @NotNull(message = "Choose a product")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false, updatable = false)
    private Product product;

    @NotNull(message = "Choose a source")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id", nullable = false, updatable = false)
    private Source source;

    @NotNull(message = "Enter the date")
    @Column(name = "quote_date", nullable = false, updatable = false)
    private LocalDate quoteDate;

    @NotNull(message = "Enter the low price")
    @Positive(message = "The low price must be positive")
    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal low;

    @NotNull(message = "Enter the high price")
    @Positive(message = "The high price must be positive")
    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal high;

    @NotNull(message = "Enter the mid price")
    @Positive(message = "The mid price must be positive")
    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal mid;

    @Column(name = "prev_mid", precision = 19, scale = 4)
    private @Nullable BigDecimal prevMid;

    @Size(max = COMMENT_MAX_LENGTH, message = "At most " + COMMENT_MAX_LENGTH + " characters")
    @Column(length = COMMENT_MAX_LENGTH)
    private @Nullable String comment;

    @Column(name = "entered_by", nullable = false, length = 50, updatable = false)
    private String enteredBy = "";

    @Column(name = "entered_at", nullable = false, updatable = false)
    private Instant enteredAt = Instant.EPOCH;

    @Column(name = "revision_count", nullable = false)
    private int revisionCount;

    @Column(name = "deleted_id", nullable = false)
    private long deletedId = LIVE;

    @Column(name = "deleted_by", length = 50)
    private @Nullable String deletedBy;

    @Column(name = "deleted_at")
    private @Nullable Instant deletedAt;

    @Column(name = "delete_reason", length = REASON_MAX_LENGTH)
    private @Nullable String deleteReason;

    @SuppressWarnings("NullAway.Init") // JPA fills the fields
    protected Quote() {}

    Quote(
            Product product,
            Source source,
            LocalDate quoteDate,
            QuotePrices prices,
            @Nullable String comment,
            String enteredBy,
            Instant enteredAt) {
        this.product = product;
        this.source = source;
        this.quoteDate = quoteDate;
        this.low = prices.low();
        this.high = prices.high();
        this.mid = prices.mid();
        this.comment = comment;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    @Override
    public @Nullable Long getId() {
        return id;
    }

    public Product getProduct() {
        return product;
    }

    public Source getSource() {
        return source;
    }

    public LocalDate getQuoteDate() {
        return quoteDate;
    }

    public BigDecimal getLow() {
        return low;
    }

    public BigDecimal getHigh() {
        return high;
    }

    public BigDecimal getMid() {
        return mid;
    }

    public QuotePrices getPrices() {
        return new QuotePrices(low, high, mid);
    }

    /** The mid of the previous live quote of the same product and source, if any. */
    public @Nullable BigDecimal getPrevMid() {
        return prevMid;
    }

    public PriceChange getChange() {
        return PriceChange.of(mid, prevMid);
    }

    public @Nullable String getComment() {
        return comment;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    public int getRevisionCount() {
        return revisionCount;
    }

    public boolean isCorrected() {
        return revisionCount > 0;
    }

    public boolean isDeleted() {
        return deletedId != LIVE;
    }

    public @Nullable String getDeletedBy() {
        return deletedBy;
    }

    public @Nullable Instant getDeletedAt() {
        return deletedAt;
    }

    public @Nullable String getDeleteReason() {
        return deleteReason;
    }

    void correct(QuotePrices prices, @Nullable String newComment) {
        this.low = prices.low();
        this.high = prices.high();
        this.mid = prices.mid();
        this.comment = newComment;
        this.revisionCount++;
    }

    void markDeleted(String by, Instant at, String reason) {
        this.deletedId = Objects.requireNonNull(id);
        this.deletedBy = by;
        this.deletedAt = at;
        this.deleteReason = reason;
    }

    /** "nd-metal-cn/yangtze/2026-02-11", for audit entries and messages. */
    public String getKey() {
        return product.getCode() + "/" + source.getCode() + "/" + quoteDate;
    }

    @Override
    public String toString() {
        return getKey();
    }
}
