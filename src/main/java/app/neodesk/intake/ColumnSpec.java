package app.neodesk.intake;

import app.neodesk.catalog.QuoteUnit;
import org.jspecify.annotations.Nullable;

/**
 * How one column is read.
 *
 * @param index   the column's position (0-based)
 * @param header  its header text as in the file
 * @param role    what it holds
 * @param group   for a price column of a wide layout: the product name the header carries
 *                ("氧化钕" of "氧化钕最低价"), else {@code null}
 * @param product for a price column of a wide layout: the product code it is mapped to, or
 *                {@code null} while unresolved
 * @param unit    the unit its header states ("(万元/吨)"), or {@code null}
 */
public record ColumnSpec(
        int index,
        String header,
        ColumnRole role,
        @Nullable String group,
        @Nullable String product,
        @Nullable QuoteUnit unit) {

    public ColumnSpec withRole(ColumnRole newRole) {
        return new ColumnSpec(
                index, header, newRole, newRole.price() ? group : null, newRole.price() ? product : null, unit);
    }

    public ColumnSpec withProduct(@Nullable String code) {
        return new ColumnSpec(index, header, role, group, code, unit);
    }

    public ColumnSpec withUnit(@Nullable QuoteUnit newUnit) {
        return new ColumnSpec(index, header, role, group, product, newUnit);
    }

    /** A price column that belongs to one product of a wide layout. */
    public boolean wide() {
        return role.price() && (group != null || product != null);
    }
}
