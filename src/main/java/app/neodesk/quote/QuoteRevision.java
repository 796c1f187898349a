package app.neodesk.quote;

import app.neodesk.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One correction of a quote: the values before and after, who, when and why. Append only; the
 * first revision's old values are the quote as first published.
 */
@Entity
@Table(name = "quote_revision")
public class QuoteRevision extends AbstractEntity {

    public static final String SORT_REVISION_NO = "revisionNo";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quote_revision_seq")
    @SequenceGenerator(name = "quote_revision_seq", sequenceName = "quote_revision_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "quote_id", nullable = false, updatable = false)
    private long quoteId;

    @Column(name = "revision_no", nullable = false, updatable = false)
    private int revisionNo;

    @Column(name = "old_low", nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal oldLow = BigDecimal.ZERO;

    @Column(name = "old_high", nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal oldHigh = BigDecimal.ZERO;

    @Column(name = "old_mid", nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal oldMid = BigDecimal.ZERO;

    @Column(name = "old_comment", updatable = false, length = Quote.COMMENT_MAX_LENGTH)
    private @Nullable String oldComment;

    @Column(name = "new_low", nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal newLow = BigDecimal.ZERO;

    @Column(name = "new_high", nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal newHigh = BigDecimal.ZERO;

    @Column(name = "new_mid", nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal newMid = BigDecimal.ZERO;

    @Column(name = "new_comment", updatable = false, length = Quote.COMMENT_MAX_LENGTH)
    private @Nullable String newComment;

    @Column(nullable = false, updatable = false, length = Quote.REASON_MAX_LENGTH)
    private String reason = "";

    @Column(name = "changed_by", nullable = false, updatable = false, length = 50)
    private String changedBy = "";

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt = Instant.EPOCH;

    protected QuoteRevision() {}

    QuoteRevision(
            long quoteId,
            int revisionNo,
            QuotePrices before,
            @Nullable String oldComment,
            QuotePrices after,
            @Nullable String newComment,
            String reason,
            String changedBy,
            Instant changedAt) {
        this.quoteId = quoteId;
        this.revisionNo = revisionNo;
        this.oldLow = before.low();
        this.oldHigh = before.high();
        this.oldMid = before.mid();
        this.oldComment = oldComment;
        this.newLow = after.low();
        this.newHigh = after.high();
        this.newMid = after.mid();
        this.newComment = newComment;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    @Override
    public @Nullable Long getId() {
        return id;
    }

    public long getQuoteId() {
        return quoteId;
    }

    public int getRevisionNo() {
        return revisionNo;
    }

    public QuotePrices getOldPrices() {
        return new QuotePrices(oldLow, oldHigh, oldMid);
    }

    public QuotePrices getNewPrices() {
        return new QuotePrices(newLow, newHigh, newMid);
    }

    public @Nullable String getOldComment() {
        return oldComment;
    }

    public @Nullable String getNewComment() {
        return newComment;
    }

    public String getReason() {
        return reason;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
