package app.neodesk.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The price unit of each product on any date, from its recorded unit changes: a quote dated before
 * a change effective on 2025-07-01 (t → kg) was stored in CNY/t, one dated on or after it in CNY/kg.
 * Built from all unit changes of the catalog and kept in the {@link CatalogSnapshot}
 * ({@link ProductService#catalog()}), then asked per row without touching the database. Never changed once built.
 */
public final class UnitHistory {

    /** No unit changes: every product's prices are in its current unit. */
    public static final UnitHistory NONE = new UnitHistory(List.of());

    /** One recorded change of a product's currency or unit, effective from {@code effectiveDate}. */
    record Change(long productId, LocalDate effectiveDate, Instant recordedAt, QuoteUnit before) {}

    private final Map<Long, List<Change>> byProduct = new HashMap<>();

    /** From the rows of {@link ProductSpecChangeRepository#findUnitChanges()}. */
    static UnitHistory of(List<Object[]> rows) {
        return new UnitHistory(rows.stream()
                .map(r -> new Change(
                        ((Number) r[0]).longValue(),
                        (LocalDate) r[1],
                        (Instant) r[2],
                        QuoteUnit.of((PriceCurrency) r[3], (PriceUnit) r[4])))
                .toList());
    }

    UnitHistory(List<Change> changes) {
        var order = Comparator.comparing(Change::effectiveDate).thenComparing(Change::recordedAt);
        for (var change : changes.stream().sorted(order).toList()) {
            byProduct
                    .computeIfAbsent(change.productId(), id -> new ArrayList<>())
                    .add(change);
        }
    }

    /**
     * The unit of {@code product}'s prices dated {@code date}: the unit in force before the first
     * unit change that takes effect after that date, or the product's current unit when no such
     * change was recorded.
     */
    public QuoteUnit unitAt(Product product, LocalDate date) {
        var id = product.getId();
        var changes = id == null ? null : byProduct.get(id);
        if (changes != null) {
            for (var change : changes) {
                if (change.effectiveDate().isAfter(date)) {
                    return change.before();
                }
            }
        }
        return QuoteUnit.of(product);
    }

    /**
     * The units of {@code product}'s prices dated from {@code from} to {@code to} (inclusive, either
     * open): one, or more when a unit change takes effect inside the range.
     */
    public Set<QuoteUnit> unitsBetween(Product product, @Nullable LocalDate from, @Nullable LocalDate to) {
        var start = from == null ? LocalDate.MIN : from;
        var end = to == null ? LocalDate.MAX : to;
        var units = new LinkedHashSet<QuoteUnit>();
        units.add(unitAt(product, start));
        var id = product.getId();
        var changes = id == null ? null : byProduct.get(id);
        if (changes != null) {
            for (var change : changes) {
                if (change.effectiveDate().isAfter(start)
                        && !change.effectiveDate().isAfter(end)) {
                    units.add(unitAt(product, change.effectiveDate()));
                }
            }
        }
        return units;
    }

    /** Whether any unit change of {@code product} was recorded. */
    public boolean hasChanges(Product product) {
        var id = product.getId();
        return id != null && byProduct.containsKey(id);
    }
}
