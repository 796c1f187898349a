package app.neodesk.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A dated change of a product's specification, e.g. a unit change from t to kg. Charts show it.
 * When the currency or unit changed, the old and new ones are kept (all four set, else all null),
 * so {@link UnitHistory} knows the unit of a quote dated before the change.
 */
@Entity
@Table(name = "product_spec_change")
public class ProductSpecChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_spec_change_seq")
    @SequenceGenerator(name = "product_spec_change_seq", sequenceName = "product_spec_change_seq", allocationSize = 50)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false, updatable = false)
    private Product product;

    @Column(name = "effective_date", nullable = false, updatable = false)
    private LocalDate effectiveDate;

    @Column(nullable = false, length = 500, updatable = false)
    private String description;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 50, updatable = false)
    private String recordedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "old_currency", length = 3, updatable = false)
    private @Nullable PriceCurrency oldCurrency;

    @Enumerated(EnumType.STRING)
    @Column(name = "old_unit", length = 5, updatable = false)
    private @Nullable PriceUnit oldUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_currency", length = 3, updatable = false)
    private @Nullable PriceCurrency newCurrency;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_unit", length = 5, updatable = false)
    private @Nullable PriceUnit newUnit;

    @SuppressWarnings("NullAway.Init")
    protected ProductSpecChange() {}

    ProductSpecChange(
            Product product, LocalDate effectiveDate, String description, Instant recordedAt, String recordedBy) {
        this.product = product;
        this.effectiveDate = effectiveDate;
        this.description = description.length() > 500 ? description.substring(0, 499) + "…" : description;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    /** Records that the price unit changed from {@code before} to {@code after} with this change. */
    void unitChanged(QuoteUnit before, QuoteUnit after) {
        this.oldCurrency = before.currency();
        this.oldUnit = before.quantity();
        this.newCurrency = after.currency();
        this.newUnit = after.quantity();
    }

    public @Nullable Long getId() {
        return id;
    }

    public Product getProduct() {
        return product;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public String getDescription() {
        return description;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    /** The currency and unit in force before this change, if it changed them. */
    public Optional<QuoteUnit> getOldUnit() {
        return oldCurrency == null || oldUnit == null
                ? Optional.empty()
                : Optional.of(QuoteUnit.of(oldCurrency, oldUnit));
    }

    /** The currency and unit in force from this change on, if it changed them. */
    public Optional<QuoteUnit> getNewUnit() {
        return newCurrency == null || newUnit == null
                ? Optional.empty()
                : Optional.of(QuoteUnit.of(newCurrency, newUnit));
    }
}
