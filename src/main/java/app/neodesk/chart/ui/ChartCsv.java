package app.neodesk.chart.ui;

import app.neodesk.base.Csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The series a chart shows, as CSV: one row per series and date, with ISO dates and plain numbers,
 * UTF-8 with a byte-order mark so that Excel opens it.
 */
final class ChartCsv {

    private ChartCsv() {
    }

    static void write(List<ChartSeries> series, OutputStream out) throws IOException {
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(Csv.BOM);
        writer.write("series,date,low,high,value,change,change_pct\r\n");
        for (var s : series) {
            for (var p : s.points()) {
                var cells = new ArrayList<String>();
                cells.add(Csv.cell(s.name()));
                cells.add(p.date().toString());
                cells.add(p.low() == null ? "" : p.low().toPlainString());
                cells.add(p.high() == null ? "" : p.high().toPlainString());
                cells.add(p.mid().toPlainString());
                cells.add(p.change() == null ? "" : p.change().toPlainString());
                cells.add(p.changePercent() == null ? "" : p.changePercent().toPlainString());
                writer.write(String.join(",", cells));
                writer.write("\r\n");
            }
        }
        writer.flush();
    }
}
