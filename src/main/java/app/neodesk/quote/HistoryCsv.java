package app.neodesk.quote;

import app.neodesk.base.Csv;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The history export: UTF-8 with BOM (Excel reads it as UTF-8), ISO dates, plain unquoted numbers
 * at the product's scale, and text cells guarded against formula injection. Each row names the
 * unit and currency its prices are in, as they were on the quote's date ("CNY/t", "CNY").
 */
public final class HistoryCsv {

    public static final List<String> COLUMNS = List.of(
            "date",
            "product",
            "source",
            "low",
            "high",
            "mid",
            "unit",
            "currency",
            "change",
            "change_pct",
            "corrected",
            "entered_by",
            "comment");

    private HistoryCsv() {}

    /** Writes the UTF-8 byte order mark and the header line. */
    public static void writeHeader(Writer out) throws IOException {
        out.write(Csv.BOM);
        Csv.FORMAT.printRecord(out, COLUMNS.toArray());
    }

    /** Writes one history row: numbers plain and unquoted, text cells guarded (and quoted where needed). */
    public static void writeRow(Writer out, QuoteRow row) throws IOException {
        int scale = row.scale();
        var change = row.change();
        Csv.FORMAT.printRecord(
                out,
                row.date().toString(),
                Csv.guard(row.product().getCode()),
                Csv.guard(row.source().getCode()),
                plain(row.low(), scale),
                plain(row.high(), scale),
                plain(row.mid(), scale),
                Csv.guard(row.unitLabel()),
                Csv.guard(row.currency().name()),
                change.amount() == null ? "" : plain(change.amount(), scale),
                change.percent() == null ? "" : change.percent().toPlainString(),
                row.corrected() ? "yes" : "no",
                Csv.guard(row.enteredBy()),
                Csv.guard(row.comment()));
    }

    static String plain(BigDecimal value, int scale) {
        return value.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }
}
