package app.neodesk.intake;

import app.neodesk.catalog.PriceCurrency;
import app.neodesk.catalog.QuoteUnit;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Turns the rows of a vendor table into quotes by a mapping: reads the date, product, source and
 * prices, converts the prices exactly to the product's unit and reports every cell it cannot use,
 * with its line, column and value. A wide row gives one quote per product group that has a price
 * on that day (an empty group is a gap, not a problem). Prices in another currency than the
 * product's are refused, never converted; a converted price with more decimals than the product
 * keeps is refused, never rounded. Not thread-safe (it caches names it resolved).
 */
public final class RowConverter {

    private static final String DATE_FORMS = "2023-09-01, 2023/9/1, 2023年9月1日 or 20230901";

    private final ImportMapping mapping;
    private final IntakeCatalog catalog;
    private final Map<String, Optional<ProductTarget>> products = new HashMap<>();
    private final Map<String, Optional<String>> sources = new HashMap<>();
    private final @Nullable ColumnSpec date;
    private final @Nullable ColumnSpec product;
    private final @Nullable ColumnSpec source;
    private final @Nullable ColumnSpec unit;
    private final @Nullable ColumnSpec currency;
    private final @Nullable ColumnSpec comment;
    private final Prices narrow;
    private final List<Prices> groups;

    /** The price columns of one product (wide) or of every row (narrow). */
    private record Prices(
            @Nullable String code,
            @Nullable ColumnSpec low,
            @Nullable ColumnSpec high,
            @Nullable ColumnSpec mid,
            @Nullable ColumnSpec price) {

        static Prices of(@Nullable String code, List<ColumnSpec> columns) {
            return new Prices(
                    code,
                    find(columns, ColumnRole.LOW),
                    find(columns, ColumnRole.HIGH),
                    find(columns, ColumnRole.MID),
                    find(columns, ColumnRole.PRICE));
        }

        private static @Nullable ColumnSpec find(List<ColumnSpec> columns, ColumnRole role) {
            return columns.stream().filter(c -> c.role() == role).findFirst().orElse(null);
        }
    }

    public RowConverter(ImportMapping mapping, IntakeCatalog catalog) {
        var missing = mapping.missing();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Incomplete mapping: " + missing);
        }
        this.mapping = mapping;
        this.catalog = catalog;
        this.date = mapping.column(ColumnRole.DATE).orElse(null);
        this.product = mapping.column(ColumnRole.PRODUCT).orElse(null);
        this.source = mapping.column(ColumnRole.SOURCE).orElse(null);
        this.unit = mapping.column(ColumnRole.UNIT).orElse(null);
        this.currency = mapping.column(ColumnRole.CURRENCY).orElse(null);
        this.comment = mapping.column(ColumnRole.COMMENT).orElse(null);
        this.narrow = Prices.of(
                null,
                mapping.columns().stream()
                        .filter(c -> c.role().price() && !c.wide())
                        .toList());
        this.groups = mapping.groups().values().stream()
                .map(cs -> Prices.of(cs.getFirst().product(), cs))
                .toList();
    }

    /** Converts one table row: its quotes go to {@code sink}, its problems to {@code problems}. */
    public void convert(TableRow row, ProblemSink problems, Consumer<VendorRow> sink) {
        long line = row.line();
        int before = problemsSeen;
        var day = date(row, problems);
        var sourceCode = sourceOf(row, problems);
        QuoteUnit rowUnit = unitOf(row, problems);
        PriceCurrency rowCurrency = currencyOf(row, problems);
        String note = comment == null || row.cell(comment.index()).isBlank()
                ? null
                : row.cell(comment.index()).strip();
        boolean rowOk = problemsSeen == before;
        if (groups.isEmpty()) {
            var target = productOf(row, problems);
            if (!rowOk || target == null || day == null || sourceCode == null) {
                convert(row, narrow, null, rowUnit, rowCurrency, problems, false);
                return;
            }
            var prices = convert(row, narrow, target, rowUnit, rowCurrency, problems, false);
            if (prices != null) {
                sink.accept(new VendorRow(line, day, target.code(), sourceCode, prices[0], prices[1], prices[2], note));
            }
            return;
        }
        for (var group : groups) {
            var target = productByCode(Objects.requireNonNull(group.code()));
            var prices = convert(row, group, target, rowUnit, rowCurrency, problems, true);
            if (prices != null && rowOk && day != null && sourceCode != null) {
                sink.accept(new VendorRow(line, day, target.code(), sourceCode, prices[0], prices[1], prices[2], note));
            }
        }
    }

    /** Problems passed on so far, so a row knows whether its shared cells were fine. */
    private int problemsSeen;

    private void problem(ProblemSink problems, long line, String column, @Nullable String value, String message) {
        problemsSeen++;
        problems.problem(line, column, value, message);
    }

    private @Nullable LocalDate date(TableRow row, ProblemSink problems) {
        var spec = Objects.requireNonNull(date);
        var text = row.cell(spec.index()).strip();
        if (text.isEmpty()) {
            problem(problems, row.line(), spec.header(), null, "Enter the date");
            return null;
        }
        var day = VendorValues.date(text);
        if (day == null) {
            problem(problems, row.line(), spec.header(), text, "'" + text + "' is not a date (" + DATE_FORMS + ")");
        }
        return day;
    }

    private @Nullable ProductTarget productOf(TableRow row, ProblemSink problems) {
        if (product == null) {
            return productByCode(Objects.requireNonNull(mapping.product()));
        }
        var text = row.cell(product.index()).strip();
        if (text.isEmpty()) {
            problem(problems, row.line(), product.header(), null, "Enter the product");
            return null;
        }
        var found = products.computeIfAbsent(text, catalog::product);
        if (found.isEmpty()) {
            problem(
                    problems,
                    row.line(),
                    product.header(),
                    text,
                    "'" + text
                            + "' is not a known product code or alias. Add the alias in Admin → Products or map the file's product.");
        }
        return found.orElse(null);
    }

    private ProductTarget productByCode(String code) {
        return products.computeIfAbsent("code:" + code, k -> catalog.productByCode(code))
                .orElseThrow(() ->
                        new VendorFileException("The product " + code + " does not exist any more. Pick another one."));
    }

    private @Nullable String sourceOf(TableRow row, ProblemSink problems) {
        if (source == null) {
            return mapping.source();
        }
        var text = row.cell(source.index()).strip();
        if (text.isEmpty()) {
            if (mapping.source() != null) {
                return mapping.source();
            }
            problem(problems, row.line(), source.header(), null, "Enter the source");
            return null;
        }
        var found = sources.computeIfAbsent(text, catalog::source);
        if (found.isEmpty()) {
            problem(problems, row.line(), source.header(), text, "'" + text + "' is not a known source code or name");
        }
        return found.orElse(null);
    }

    private @Nullable QuoteUnit unitOf(TableRow row, ProblemSink problems) {
        if (unit == null || row.cell(unit.index()).isBlank()) {
            return null;
        }
        var text = row.cell(unit.index()).strip();
        var parsed = QuoteUnit.parse(text);
        if (parsed.isEmpty()) {
            problem(
                    problems,
                    row.line(),
                    unit.header(),
                    text,
                    "'" + text + "' is not a price unit (元/吨, 万元/吨, 元/千克, 元/公斤, CNY/t, CNY/kg, USD/kg, USD/t)");
        }
        return parsed.orElse(null);
    }

    private @Nullable PriceCurrency currencyOf(TableRow row, ProblemSink problems) {
        if (currency == null || row.cell(currency.index()).isBlank()) {
            return null;
        }
        var text = row.cell(currency.index()).strip();
        var parsed = currency(text);
        if (parsed == null) {
            problem(problems, row.line(), currency.header(), text, "'" + text + "' is not a currency (CNY or USD)");
        }
        return parsed;
    }

    static @Nullable PriceCurrency currency(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "cny", "rmb", "人民币", "元", "yuan", "¥", "￥" -> PriceCurrency.CNY;
            case "usd", "us$", "$", "美元", "dollar", "us dollar" -> PriceCurrency.USD;
            default -> null;
        };
    }

    /**
     * The low, high and mid of one product on one row in the product's unit, or {@code null} when
     * there is no price (a gap in a wide layout) or a problem (reported).
     */
    private BigDecimal @Nullable [] convert(
            TableRow row,
            Prices prices,
            @Nullable ProductTarget target,
            @Nullable QuoteUnit rowUnit,
            @Nullable PriceCurrency rowCurrency,
            ProblemSink problems,
            boolean gapsAllowed) {
        int before = problemsSeen;
        var low = value(row, prices.low(), problems);
        var high = value(row, prices.high(), problems);
        var mid = value(row, prices.mid(), problems);
        var price = value(row, prices.price(), problems);
        if (problemsSeen > before) {
            return null;
        }
        if (price != null && low == null && high == null) {
            low = price;
            high = price;
            mid = mid == null ? price : mid;
        }
        if (low == null && high == null && mid != null) {
            low = mid;
            high = mid;
        }
        var first = prices.low() != null ? prices.low() : prices.price() != null ? prices.price() : prices.mid();
        var column = first == null ? "" : first.header();
        if (low == null && high == null) {
            if (!gapsAllowed) {
                problem(problems, row.line(), column, null, "The row has no price");
            }
            return null;
        }
        if (low == null || high == null) {
            var missingSpec = low == null ? prices.low() : prices.high();
            problem(
                    problems,
                    row.line(),
                    missingSpec == null ? column : missingSpec.header(),
                    null,
                    "Enter both low and high" + (target == null ? "" : " for " + target.code()));
            return null;
        }
        if (target == null) {
            return null;
        }
        var values = new BigDecimal[] {low, high, mid};
        var specs = new ColumnSpec[] {
            prices.low() != null ? prices.low() : prices.price() != null ? prices.price() : prices.mid(),
            prices.high() != null ? prices.high() : prices.price() != null ? prices.price() : prices.mid(),
            prices.mid() != null ? prices.mid() : prices.price()
        };
        if (rowCurrency != null && rowCurrency != target.unit().currency()) {
            problem(
                    problems,
                    row.line(),
                    Objects.requireNonNull(currency).header(),
                    rowCurrency.name(),
                    "The price is in " + rowCurrency + " but " + target.code() + " is quoted in " + target.unit()
                            + "; prices are never converted between currencies");
            return null;
        }
        var result = new BigDecimal[3];
        for (int i = 0; i < 3; i++) {
            if (values[i] == null) {
                continue;
            }
            var spec = specs[i];
            QuoteUnit from = spec != null && spec.unit() != null
                    ? spec.unit()
                    : rowUnit != null ? rowUnit : mapping.unit() != null ? mapping.unit() : target.unit();
            String header = spec == null ? column : spec.header();
            if (!from.convertibleTo(target.unit())) {
                problem(
                        problems,
                        row.line(),
                        header,
                        format(values[i]) + " " + from,
                        "The price is in " + from + " but " + target.code() + " is quoted in " + target.unit()
                                + "; prices are never converted between currencies");
                return null;
            }
            var converted = from.equals(target.unit()) ? stripped(values[i]) : from.convert(values[i], target.unit());
            if (converted.scale() > target.scale()) {
                problem(
                        problems,
                        row.line(),
                        header,
                        values[i].toPlainString(),
                        format(values[i]) + " " + from + " is " + format(converted) + " " + target.unit()
                                + ", more decimals than " + target.code() + " keeps (" + target.scale()
                                + "); check the unit");
                return null;
            }
            result[i] = converted;
        }
        return result;
    }

    private @Nullable BigDecimal value(TableRow row, @Nullable ColumnSpec spec, ProblemSink problems) {
        if (spec == null) {
            return null;
        }
        var text = row.cell(spec.index());
        if (VendorValues.empty(text)) {
            return null;
        }
        var number = VendorValues.number(text);
        if (number == null) {
            var shown = text.strip().length() > 40 ? text.strip().substring(0, 39) + "…" : text.strip();
            problem(
                    problems,
                    row.line(),
                    spec.header(),
                    shown,
                    "'" + shown
                            + "' is not a price (digits with an optional decimal point and thousands separators, e.g. 1,085,000 or 108.5)");
        }
        return number;
    }

    /** 1085000.00 → 1085000 (the scale the value needs, never negative), as {@link QuoteUnit#convert} gives it. */
    private static BigDecimal stripped(BigDecimal value) {
        var s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** 1085000 → "1,085,000", 108.55 → "108.55" */
    static String format(BigDecimal value) {
        var f = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setParseBigDecimal(true);
        return f.format(value);
    }
}
