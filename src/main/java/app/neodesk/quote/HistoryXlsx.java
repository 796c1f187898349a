package app.neodesk.quote;

import app.neodesk.base.Xlsx.Amount;
import app.neodesk.base.Xlsx.Column;
import app.neodesk.catalog.QuoteUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The history as an Excel workbook: real date cells, prices as numbers at the product's scale with a
 * thousands separator. When every row is in one unit the price headers name it ("Mid (CNY/t)");
 * when the rows may carry different units (several products, or a product that moved from t to kg
 * inside the range) a Unit column names each row's unit instead.
 */
final class HistoryXlsx {

    static final String SHEET = "Quotes";

    private final @Nullable QuoteUnit unit;

    /** @param units every unit the exported rows can carry */
    HistoryXlsx(Set<QuoteUnit> units) {
        this.unit = units.size() == 1 ? units.iterator().next() : null;
    }

    List<Column> columns() {
        var suffix = unit == null ? "" : " (" + unit.label() + ")";
        var columns = new ArrayList<>(List.of(
                new Column("Date", 12),
                new Column("Product", 18),
                new Column("Product name", 28),
                new Column("Source", 14),
                new Column("Low" + suffix, 16),
                new Column("High" + suffix, 16),
                new Column("Mid" + suffix, 16)));
        if (unit == null) {
            columns.add(new Column("Unit", 10));
        }
        columns.addAll(List.of(
                new Column("Change" + suffix, 16),
                new Column("Change %", 10),
                new Column("Corrected", 10),
                new Column("Entered by", 14),
                new Column("Comment", 40)));
        return columns;
    }

    List<@Nullable Object> cells(QuoteRow row) {
        int scale = row.scale();
        var change = row.change();
        var cells = new ArrayList<@Nullable Object>(List.of(
                row.date(),
                row.product().getCode(),
                row.product().getDisplayName(),
                row.source().getCode(),
                new Amount(row.low(), scale),
                new Amount(row.high(), scale),
                new Amount(row.mid(), scale)));
        if (unit == null) {
            cells.add(row.unitLabel());
        }
        cells.add(Amount.of(change.amount(), scale));
        cells.add(Amount.of(change.percent(), 2));
        cells.add(row.corrected() ? "yes" : "no");
        cells.add(row.enteredBy());
        cells.add(row.comment());
        return cells;
    }
}
