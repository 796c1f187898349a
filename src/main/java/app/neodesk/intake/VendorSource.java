package app.neodesk.intake;

import app.neodesk.quote.ImportProblems;
import app.neodesk.quote.ImportRow;
import app.neodesk.quote.ImportSource;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A vendor table read through a mapping, as the import engine reads rows: each read streams the
 * file again and converts it row by row (prices already in the product's unit). Problems name the
 * file's own columns, also for the engine's checks ("mid" of nd-oxide-cn is "氧化钕平均价(万元/吨)").
 */
public final class VendorSource implements ImportSource {

    private final VendorTable table;
    private final ImportMapping mapping;
    private final IntakeCatalog catalog;
    /** "nd-oxide-cn/mid" → header, for the wide layout; "/mid" → header for the narrow one. */
    private final Map<String, String> headers = new HashMap<>();

    public VendorSource(VendorTable table, ImportMapping mapping, IntakeCatalog catalog) {
        this.table = table;
        this.mapping = mapping;
        this.catalog = catalog;
        for (var c : mapping.columns()) {
            var field = switch (c.role()) {
                case DATE -> "date";
                case PRODUCT -> "product";
                case SOURCE -> "source";
                case LOW -> "low";
                case HIGH -> "high";
                case MID -> "mid";
                case COMMENT -> "comment";
                default -> null;
            };
            var key = (c.wide() ? c.product() : "") + "/";
            if (field != null) {
                headers.putIfAbsent(key + field, c.header());
            }
            if (c.role() == ColumnRole.PRICE) {
                for (var f : new String[] {"low", "high", "mid"}) {
                    headers.putIfAbsent(key + f, c.header());
                }
            }
        }
    }

    @Override
    public ReadResult read(ImportProblems problems, Consumer<ImportRow> sink) throws IOException {
        var converter = new RowConverter(mapping, catalog);
        int[] rows = {0};
        ProblemSink report = problems::problem;
        table.rows(row -> {
            rows[0]++;
            converter.convert(
                    row,
                    report,
                    r -> sink.accept(new ImportRow(
                            r.line(), r.date(), r.product(), r.source(), r.low(), r.high(), r.mid(), r.comment())));
        });
        return new ReadResult(rows[0], true);
    }

    @Override
    public String column(ImportRow row, String field) {
        var wide = headers.get(row.productCode() + "/" + field);
        if (wide != null) {
            return wide;
        }
        return headers.getOrDefault("/" + field, field);
    }
}
