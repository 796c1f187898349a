package app.neodesk.intake;

import app.neodesk.catalog.QuoteUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a vendor table becomes quotes: a role per column, and what holds for the whole file when a
 * column is missing.
 *
 * @param columns one spec per header column, in order
 * @param product the product code for every row when there is no product column and no wide layout
 * @param source  the source code for every row when there is no source column
 * @param unit    the unit of prices whose column and row state none; {@code null}: the product's own unit
 */
public record ImportMapping(
        List<ColumnSpec> columns,
        @Nullable String product,
        @Nullable String source,
        @Nullable QuoteUnit unit) {

    public ImportMapping {
        columns = List.copyOf(columns);
    }

    /** The first column of {@code role} that is not part of a wide layout. */
    public Optional<ColumnSpec> column(ColumnRole role) {
        return columns.stream().filter(c -> c.role() == role && !c.wide()).findFirst();
    }

    /** Price columns of the wide layout, by product group (the header's product name, or the mapped code). */
    public Map<String, List<ColumnSpec>> groups() {
        var groups = new LinkedHashMap<String, List<ColumnSpec>>();
        for (var c : columns) {
            if (c.wide()) {
                groups.computeIfAbsent(groupKey(c), k -> new ArrayList<>()).add(c);
            }
        }
        return groups;
    }

    private static String groupKey(ColumnSpec c) {
        return c.group() != null ? c.group() : Objects.requireNonNull(c.product());
    }

    /** Product groups of the wide layout not mapped to a product yet ("氧化钇"). */
    public List<String> unresolvedGroups() {
        return groups().entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(c -> c.product() == null))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The headers of ignored columns. */
    public List<String> ignored() {
        return columns.stream()
                .filter(c -> c.role() == ColumnRole.IGNORE)
                .map(ColumnSpec::header)
                .toList();
    }

    public ImportMapping withColumn(ColumnSpec spec) {
        var list = new ArrayList<>(columns);
        list.set(spec.index(), spec);
        return new ImportMapping(list, product, source, unit);
    }

    /** Maps every column of a product group to {@code code}; {@code null} skips the group (its columns are ignored). */
    public ImportMapping withGroup(String group, @Nullable String code) {
        var list = columns.stream()
                .map(c -> c.wide() && groupKey(c).equals(group)
                        ? (code == null ? c.withRole(ColumnRole.IGNORE) : c.withProduct(code))
                        : c)
                .toList();
        return new ImportMapping(list, product, source, unit);
    }

    public ImportMapping withProduct(@Nullable String code) {
        return new ImportMapping(columns, code, source, unit);
    }

    public ImportMapping withSource(@Nullable String code) {
        return new ImportMapping(columns, product, code, unit);
    }

    public ImportMapping withUnit(@Nullable QuoteUnit newUnit) {
        return new ImportMapping(columns, product, source, newUnit);
    }

    /** Whether prices come per product group (wide) rather than per row. */
    public boolean wide() {
        return columns.stream().anyMatch(ColumnSpec::wide);
    }

    /** What must still be decided before rows can be read; empty when the mapping is complete. */
    public List<String> missing() {
        var missing = new ArrayList<String>();
        if (column(ColumnRole.DATE).isEmpty()) {
            missing.add("Choose the date column.");
        }
        boolean narrowPrices = column(ColumnRole.PRICE).isPresent()
                || column(ColumnRole.MID).isPresent()
                || column(ColumnRole.LOW).isPresent() && column(ColumnRole.HIGH).isPresent();
        if (!wide() && !narrowPrices) {
            missing.add("Choose the price columns: low and high, a mid (average) or a single price.");
        }
        if (!wide()
                && column(ColumnRole.LOW).isPresent() != column(ColumnRole.HIGH).isPresent()
                && column(ColumnRole.PRICE).isEmpty()
                && column(ColumnRole.MID).isEmpty()) {
            missing.add("Choose both a low and a high column.");
        }
        if (!wide() && column(ColumnRole.PRODUCT).isEmpty() && product == null) {
            missing.add("Choose the product column or the product of the whole file.");
        }
        if (column(ColumnRole.SOURCE).isEmpty() && source == null) {
            missing.add("Choose the source column or the source of the whole file.");
        }
        var unresolved = unresolvedGroups();
        if (!unresolved.isEmpty()) {
            missing.add("Pick a product or skip: " + String.join(", ", unresolved) + " (not recognised).");
        }
        return missing;
    }
}
