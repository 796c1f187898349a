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

    public static final List<String> COLUMNS = List.of("date", "product", "source", "low", "high", "mid", "unit",
            "currency", "change", "change_pct", "corrected", "entered_by", "comment");

    private HistoryCsv() {
    }

    /** Writes the UTF-8 byte order mark and the header line. */
    public static void writeHeader(Writer out) throws IOException {
        out.write(Csv.BOM);
        out.write(String.join(",", COLUMNS));
        out.write("\r\n");
    }

    /** Writes one history row: numbers plain and unquoted, text cells escaped and guarded. */
    public static void writeRow(Writer out, QuoteRow row) throws IOException {
        int scale = row.scale();
        var change = row.change();
        out.write(row.date().toString());
        out.write(',');
        out.write(Csv.cell(row.product().getCode()));
        out.write(',');
        out.write(Csv.cell(row.source().getCode()));
        out.write(',');
        out.write(plain(row.low(), scale));
        out.write(',');
        out.write(plain(row.high(), scale));
        out.write(',');
        out.write(plain(row.mid(), scale));
        out.write(',');
        out.write(Csv.cell(row.unitLabel()));
        out.write(',');
        out.write(Csv.cell(row.currency().name()));
        out.write(',');
        out.write(change.amount() == null ? "" : plain(change.amount(), scale));
        out.write(',');
        out.write(change.percent() == null ? "" : change.percent().toPlainString());
        out.write(',');
        out.write(row.corrected() ? "yes" : "no");
        out.write(',');
        out.write(Csv.cell(row.enteredBy()));
        out.write(',');
        out.write(Csv.cell(row.comment()));
        out.write("\r\n");
    }

    static String plain(BigDecimal value, int scale) {
        return value.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }
}
