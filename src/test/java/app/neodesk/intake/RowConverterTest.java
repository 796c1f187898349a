package app.neodesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.catalog.PriceCurrency;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.QuoteUnit;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RowConverterTest {

    record Problem(long line, String column, @Nullable String value, String message) {}

    private final List<VendorRow> rows = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final HeaderMapper mapper = new HeaderMapper(TestCatalog::code);

    private void convert(ImportMapping mapping, List<String>... cells) {
        var converter = new RowConverter(mapping, new TestCatalog());
        long line = 2;
        for (var c : cells) {
            converter.convert(
                    new TableRow(line++, c), (l, col, v, m) -> problems.add(new Problem(l, col, v, m)), rows::add);
        }
    }

    @Test
    void wanYuanPerTonneBecomesYuanPerTonneExactly() {
        var m = mapper.map(List.of("日期", "氧化钕最低价(万元/吨)", "氧化钕最高价(万元/吨)", "氧化钕平均价(万元/吨)"))
                .withSource("yangtze");
        convert(m, List.of("2023/9/1", "108", "109", "108.5"));
        assertThat(problems).isEmpty();
        assertThat(rows)
                .containsExactly(new VendorRow(
                        2,
                        LocalDate.of(2023, 9, 1),
                        "nd-oxide-cn",
                        "yangtze",
                        new BigDecimal("1080000"),
                        new BigDecimal("1090000"),
                        new BigDecimal("1085000"),
                        null));
    }

    @Test
    void aWideRowGivesOneQuotePerProductAndAnEmptyGroupIsAGap() {
        var m = mapper.map(List.of("日期", "氧化钕最低价", "氧化钕最高价", "氧化镨最低价", "氧化镨最高价", "氧化镨均价"))
                .withSource("yangtze")
                .withUnit(new QuoteUnit(PriceCurrency.CNY, new BigDecimal("10000"), PriceUnit.T));
        convert(
                m,
                List.of("2023-06-01", "51", "52", "", "", ""),
                List.of("2023-06-02", "51", "52", "50", "51", "50.5"));
        assertThat(problems).isEmpty();
        assertThat(rows)
                .extracting(VendorRow::line, VendorRow::product)
                .containsExactly(
                        Tuple.tuple(2L, "nd-oxide-cn"), Tuple.tuple(3L, "nd-oxide-cn"), Tuple.tuple(3L, "pr-oxide-cn"));
        assertThat(rows.get(2).mid()).isEqualByComparingTo("505000");
        assertThat(rows.getFirst().mid())
                .as("no average: the engine takes (low+high)/2")
                .isNull();
    }

    @Test
    void yuanPerTonneGoesIntoAPerKgProductDividedByAThousand() {
        var m = mapper.map(List.of("日期", "品名", "价格", "单位")).withSource("sunsirs");
        convert(m, List.of("2023年9月1日", "氧化镝", "2,490,000", "元/吨"), List.of("2023年9月1日", "金属钕", "640,000", "元/吨"));
        assertThat(problems).isEmpty();
        assertThat(rows)
                .extracting(VendorRow::product, VendorRow::low, VendorRow::high, VendorRow::mid)
                .containsExactly(
                        Tuple.tuple(
                                "dy-oxide-cn", new BigDecimal("2490"), new BigDecimal("2490"), new BigDecimal("2490")),
                        Tuple.tuple(
                                "nd-metal-cn",
                                new BigDecimal("640000"),
                                new BigDecimal("640000"),
                                new BigDecimal("640000")));
    }

    @Test
    void aConvertedPriceWithMoreDecimalsThanTheProductKeepsIsAProblemNotRounded() {
        var m = mapper.map(List.of("日期", "品名", "价格", "单位")).withSource("sunsirs");
        convert(m, List.of("2023-09-01", "氧化镝", "2,490,500.5", "元/吨"));
        assertThat(rows).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("价格");
            assertThat(p.message())
                    .isEqualTo(
                            "2,490,500.5 CNY/t is 2,490.5005 CNY/kg, more decimals than dy-oxide-cn keeps (0); check the unit");
        });
    }

    @Test
    void aCurrencyDifferentFromTheProductsIsAProblemNeverConverted() {
        var m = mapper.map(List.of("date", "product", "source", "low", "high", "mid", "comment", "unit", "currency"));
        convert(
                m,
                List.of("2018-06-05", "tb-oxide-cn", "yangtze", "2950", "3000", "", "", "USD/kg", "USD"),
                List.of("2018-06-05", "nd-oxide-cn", "yangtze", "60", "61", "", "", "USD/kg", ""));
        assertThat(rows).isEmpty();
        assertThat(problems)
                .extracting(Problem::line, Problem::column)
                .containsExactly(Tuple.tuple(2L, "currency"), Tuple.tuple(3L, "low"));
        assertThat(problems.getFirst().message()).contains("USD", "tb-oxide-cn", "CNY/kg", "never converted");
        assertThat(problems.get(1).message()).contains("USD/kg", "nd-oxide-cn", "CNY/t");
    }

    @Test
    void theStrictFormatWithoutUnitsKeepsThePricesAsTheyAre() throws IOException {
        var m = mapper.map(List.of("date", "product", "source", "low", "high", "mid", "comment"));
        convert(m, List.of("2026-02-11", "nd-metal-cn", "yangtze", "1080000.00", "1090000", "1085000", "seed"));
        assertThat(rows)
                .singleElement()
                .extracting(VendorRow::low, VendorRow::comment)
                .containsExactly(new BigDecimal("1080000"), "seed");
    }

    @Test
    void everyBadCellIsReportedWithLineColumnAndValue() {
        var m = mapper.map(List.of("日期", "品名", "来源", "最低价", "最高价"));
        convert(m, List.of("2023-02-30", "金属镨钕", "长江有色金属网", "abc", "109"), List.of("2023-03-01", "金属钕", "smm", "", ""));
        assertThat(rows).isEmpty();
        assertThat(problems)
                .extracting(Problem::line, Problem::column, Problem::value)
                .containsExactly(
                        Tuple.tuple(2L, "日期", "2023-02-30"),
                        Tuple.tuple(2L, "品名", "金属镨钕"),
                        Tuple.tuple(2L, "最低价", "abc"),
                        Tuple.tuple(3L, "来源", "smm"),
                        Tuple.tuple(3L, "最低价", null));
        assertThat(problems.get(1).message()).startsWith("'金属镨钕' is not a known product code or alias");
        assertThat(problems.get(4).message()).isEqualTo("The row has no price");
    }

    @Test
    void aWholeFileProductAndAUserPickedUnitServeFilesWithoutThem() {
        var m = mapper.map(List.of("日期", "价格"))
                .withProduct("tb-oxide-cn")
                .withSource("sunsirs")
                .withUnit(QuoteUnit.parse("元/千克").orElseThrow());
        convert(m, List.of("20230901", "7,300"));
        assertThat(problems).isEmpty();
        assertThat(rows)
                .singleElement()
                .extracting(VendorRow::product, VendorRow::low)
                .containsExactly("tb-oxide-cn", new BigDecimal("7300"));
    }

    @Test
    void usdPerTonneIntoAUsdPerKgProductKeepsTwoDecimals() {
        var m = mapper.map(List.of("Date", "PrNd oxide FOB price (USD/t)")).withSource("sunsirs");
        // "PrNd oxide FOB" resolves through the aliases in lower case
        m = m.withGroup("PrNd oxide FOB", "prnd-oxide-fob");
        convert(m, List.of("2023-09-01", "62,450"), List.of("2023-09-04", "62,455.5"));
        assertThat(rows).extracting(VendorRow::mid).containsExactly(new BigDecimal("62.45"));
        assertThat(problems).singleElement().extracting(Problem::line).isEqualTo(3L);
    }
}
