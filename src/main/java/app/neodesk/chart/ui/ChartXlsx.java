package app.neodesk.chart.ui;

import app.neodesk.base.Xlsx;
import app.neodesk.base.Xlsx.Amount;
import app.neodesk.base.Xlsx.Column;
import app.neodesk.chart.ChartState;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The series a chart shows, as an Excel workbook: one row per series and date as in {@link ChartCsv},
 * with real date cells and numeric values at the series' decimals. Each series' name carries its
 * unit ("Nd metal ≥99.5% · CN ex-works · CNY/t"), so the Series column names the unit of its row.
 */
final class ChartXlsx {

    static final List<Column> COLUMNS = List.of(
            new Column("Series (unit)", 44),
            new Column("Date", 12),
            new Column("Low", 16),
            new Column("High", 16),
            new Column("Value", 16),
            new Column("Change", 16),
            new Column("Change %", 10));

    private ChartXlsx() {}

    static void write(ChartState state, List<ChartSeries> series, Clock clock, OutputStream out) throws IOException {
        try (var book = new Xlsx("Chart", COLUMNS)) {
            for (var s : series) {
                int decimals = s.decimals() != null
                        ? s.decimals()
                        : s.points().stream()
                                .mapToInt(p -> Math.max(p.mid().scale(), 0))
                                .max()
                                .orElse(0);
                for (var p : s.points()) {
                    book.row(Arrays.asList(
                            s.name(),
                            p.date(),
                            Amount.of(p.low(), decimals),
                            Amount.of(p.high(), decimals),
                            new Amount(p.mid(), decimals),
                            Amount.of(p.change(), decimals),
                            Amount.of(p.changePercent(), 2)));
                }
            }
            var filters = state.toQuery().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; "));
            var sources = state.sourceCode() == null ? "the main source of each product" : state.sourceCode();
            var about = Xlsx.about(filters, sources, clock, book.rows());
            about.put("Series", series.stream().map(ChartSeries::name).collect(Collectors.joining("; ")));
            book.write(about, out);
        }
    }
}
