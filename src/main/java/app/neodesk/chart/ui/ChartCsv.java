package app.neodesk.chart.ui;

import app.neodesk.base.Csv;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The series a chart shows, as CSV: one row per series and date, with ISO dates and plain numbers,
 * UTF-8 with a byte-order mark so that Excel opens it.
 */
final class ChartCsv {

    private ChartCsv() {}

    static void write(List<ChartSeries> series, OutputStream out) throws IOException {
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(Csv.BOM);
        Csv.FORMAT.printRecord(writer, "series", "date", "low", "high", "value", "change", "change_pct");
        for (var s : series) {
            for (var p : s.points()) {
                Csv.FORMAT.printRecord(
                        writer,
                        Csv.guard(s.name()),
                        p.date().toString(),
                        plain(p.low()),
                        plain(p.high()),
                        p.mid().toPlainString(),
                        plain(p.change()),
                        plain(p.changePercent()));
            }
        }
        writer.flush();
    }

    private static String plain(@Nullable BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
