package app.neodesk.chart;

import static app.neodesk.support.BenchmarkReport.upperMedian;
import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.catalog.ProductService;
import app.neodesk.chart.ui.ChartComposer;
import app.neodesk.chart.ui.ChartPayload;
import app.neodesk.chart.ui.ChartView;
import app.neodesk.chart.ui.SeriesDocuments;
import app.neodesk.live.PriceUpdate;
import app.neodesk.live.PriceUpdates;
import app.neodesk.quote.ImportProgress;
import app.neodesk.quote.ImportRow;
import app.neodesk.quote.QuoteImportService;
import app.neodesk.quote.QuoteService;
import app.neodesk.security.SystemAuthentication;
import app.neodesk.support.BenchmarkReport;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * Server side of the chart benchmark (issue 4): chart "All" for four products on the ten-year demo
 * history. Not part of the normal build.
 * <pre>
 * ./mvnw -o test -Dtest=ChartLoadBenchmark -Dneodesk.benchmark=chart
 * </pre>
 * In-memory H2 (test profile) with {@code neodesk.demo.history=true}. Measures, median of
 * {@value #RUNS} runs after {@value #WARMUP} warm-ups: a chart visit as {@link ChartView} makes it,
 * {@link ChartService#load} + {@link ChartComposer#compose} + a {@link SeriesDocuments document} per
 * series (the JSON the browser fetches), once for an unchanged chart and once right after a change
 * (every cached series dropped first, as a new quote drops its own), the documents' size, and as the
 * baseline the plain JDBC fetch of the same rows. The demo
 * history has fewer than 11,000 points for the four products, so a second round first adds older
 * working days to each series. Results go to target/benchmark-chart.md.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "neodesk.benchmark", matches = "chart")
@SpringBootTest(properties = "neodesk.demo.history=true")
@ActiveProfiles("test")
class ChartLoadBenchmark {

    static final List<String> PRODUCTS = List.of("nd-metal-cn", "nd-oxide-cn", "pr-oxide-cn", "prnd-oxide-cn");
    static final int TARGET_POINTS = 11_000;
    static final int WARMUP = 10;
    static final int RUNS = 25;

    @Autowired
    ChartService charts;

    @Autowired
    QuoteService quotes;

    @Autowired
    QuoteImportService imports;

    @Autowired
    ProductService products;

    @Autowired
    DataSource dataSource;

    @Autowired
    PriceUpdates updates;

    private final BenchmarkReport report = new BenchmarkReport("benchmark-chart.md");

    @Test
    void allRangeForFourProducts() throws Exception {
        var state = new ChartState(PRODUCTS, null, ChartMode.ABSOLUTE, RangePreset.ALL, false);
        report.line(report.machine());
        report.line(
                "Median of %d runs after %d warm-ups; visit = ChartService.load + ChartComposer.compose +"
                        + " SeriesDocuments.of per series; after a change = the same with every cached series dropped"
                        + " first (a resync); raw = plain JDBC select of the same rows",
                RUNS, WARMUP);
        report.line("");
        report.line("| data set | points | document bytes | gzip bytes | load ms | compose ms | documents ms |"
                + " visit ms | visit after a change ms | raw JDBC ms | after a change / raw |");
        report.line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");

        // JIT warm-up of the whole path before the first measured row (each row also warms up itself).
        for (int i = 0; i < 20; i++) {
            visit(state, true);
            rawFetch();
        }
        int demoPoints = measure("demo history", state);
        if (demoPoints < TARGET_POINTS) {
            int perProduct = (TARGET_POINTS - demoPoints + PRODUCTS.size() - 1) / PRODUCTS.size() + 5;
            extendBackwards(perProduct);
            int extended = measure("demo history + " + perProduct + " older days per product", state);
            assertThat(extended).isGreaterThanOrEqualTo(TARGET_POINTS);
        }
        report.line("");
        report.line("Payload bytes by part (last data set): %s", breakdown(state));
        report.write();
    }

    private int measure(String label, ChartState state) {
        var data = SystemAuthentication.call(() -> charts.load(state));
        int points = data.series().stream().mapToInt(s -> s.points().size()).sum();
        var picture = ChartComposer.compose(data);
        var documents = picture.series().stream().map(SeriesDocuments::of).toList();

        double load = median(() -> SystemAuthentication.call(() -> charts.load(state)));
        double compose = median(() -> ChartComposer.compose(data));
        double encode =
                median(() -> picture.series().stream().map(SeriesDocuments::of).toList());
        double visit = median(() -> visit(state, false));
        double afterChange = median(() -> visit(state, true));
        double raw = median(this::rawFetch);
        int rawRows = rawFetch().stream().mapToInt(r -> r.length).sum();
        assertThat(rawRows).as("the baseline reads the same rows").isEqualTo(points);

        report.line(
                "| %s | %,d | %,d | %,d | %.2f | %.2f | %.2f | **%.2f** | **%.2f** | %.2f | %.1f |",
                label,
                points,
                documents.stream().mapToInt(d -> d.json().length).sum(),
                documents.stream().mapToInt(d -> d.gzip().length).sum(),
                load,
                compose,
                encode,
                visit,
                afterChange,
                raw,
                afterChange / raw);
        return points;
    }

    /** A chart visit as the view makes it, after dropping every cached series when {@code changed}. */
    private List<SeriesDocuments.SeriesDocument> visit(ChartState state, boolean changed) {
        if (changed) {
            updates.deliver(PriceUpdate.RESYNC);
        }
        var picture = ChartComposer.compose(SystemAuthentication.call(() -> charts.load(state)));
        return picture.series().stream().map(SeriesDocuments::of).toList();
    }

    private static String json(ChartComposer.Picture picture) {
        return JsonMapper.shared().writeValueAsString(ChartPayload.series(picture.series()))
                + JsonMapper.shared().writeValueAsString(ChartPayload.markers(picture.markers()))
                + JsonMapper.shared().writeValueAsString(ChartPayload.spans(picture.spans()));
    }

    /** JSON bytes per array name summed over all series, plus the rest (names, markers, spans). */
    private String breakdown(ChartState state) {
        var picture = ChartComposer.compose(SystemAuthentication.call(() -> charts.load(state)));
        var parts = new LinkedHashMap<String, Integer>();
        int total = json(picture).getBytes(StandardCharsets.UTF_8).length;
        int counted = 0;
        for (var node : JsonMapper.shared().readTree(ChartPayload.series(picture.series()))) {
            var kind = node.get("kind").asString();
            for (var name : List.of("days", "mid", "low", "high", "change", "changePct")) {
                var column = node.get(name);
                if (column != null) {
                    int bytes = column.toString().getBytes(StandardCharsets.UTF_8).length;
                    parts.merge(kind + "." + name, bytes, Integer::sum);
                    counted += bytes;
                }
            }
        }
        parts.put("other", total - counted);
        var text = new StringBuilder();
        parts.forEach((k, v) ->
                text.append(text.isEmpty() ? "" : ", ").append(k).append(' ').append("%,d".formatted(v)));
        return text.toString();
    }

    /** The baseline: per product, the same rows with plain JDBC, read into arrays. */
    private List<Object[][]> rawFetch() {
        var jdbc = new JdbcTemplate(dataSource);
        var result = new ArrayList<Object[][]>();
        for (var code : PRODUCTS) {
            var rows = jdbc.query(
                    "select q.quote_date, q.low, q.high, q.mid from quote q join product p"
                            + " on p.id = q.product_id and p.main_source_id = q.source_id where p.code = ?"
                            + " and q.deleted_id = 0 order by q.quote_date",
                    (rs, n) -> new Object[] {
                        rs.getObject(1, LocalDate.class), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4)
                    },
                    code);
            result.add(rows.toArray(Object[][]::new));
        }
        return result;
    }

    /** Adds {@code days} working days before each series' first quote, through the normal import. */
    private void extendBackwards(int days) {
        var rows = new ArrayList<ImportRow>();
        for (var code : PRODUCTS) {
            var product =
                    SystemAuthentication.call(() -> products.findByCode(code).orElseThrow());
            var source = product.getMainSource();
            var first = SystemAuthentication.call(
                    () -> quotes.series(product.getId(), source.getId()).getFirst());
            var half = first.high().subtract(first.low()).divide(BigDecimal.TWO);
            var day = first.date();
            for (int i = 0; i < days; ) {
                day = day.minusDays(1);
                if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                var mid = first.mid().add(BigDecimal.valueOf((i % 7 - 3) * 1000L));
                rows.add(new ImportRow(0, day, code, source.getCode(), mid.subtract(half), mid.add(half), mid, null));
                i++;
            }
        }
        var imported =
                SystemAuthentication.call(() -> imports.importRows(rows, "chart benchmark", ImportProgress.NONE));
        assertThat(imported.imported()).isEqualTo(rows.size());
    }

    private static double median(Supplier<?> work) {
        for (int i = 0; i < WARMUP; i++) {
            work.get();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return upperMedian(ms);
    }
}
