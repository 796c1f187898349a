package app.neodesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.catalog.PriceCurrency;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.QuoteUnit;
import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class HeaderMapperTest {

    private final HeaderMapper mapper = new HeaderMapper(TestCatalog::code);

    private static List<ColumnRole> roles(ImportMapping m) {
        return m.columns().stream().map(ColumnSpec::role).toList();
    }

    @Test
    void theStrictFormatIsMappedAsItIsAlsoWithUnitAndCurrency() {
        var m = mapper.map(List.of("date", "product", "source", "low", "high", "mid", "comment", "unit", "currency"));
        assertThat(roles(m))
                .containsExactly(
                        ColumnRole.DATE,
                        ColumnRole.PRODUCT,
                        ColumnRole.SOURCE,
                        ColumnRole.LOW,
                        ColumnRole.HIGH,
                        ColumnRole.MID,
                        ColumnRole.COMMENT,
                        ColumnRole.UNIT,
                        ColumnRole.CURRENCY);
        assertThat(m.missing()).isEmpty();
        assertThat(m.wide()).isFalse();
    }

    @Test
    void chineseHeadersMapToTheSameRoles() {
        var m = mapper.map(List.of("日期", "品名", "来源", "最低价", "最高价", "均价", "备注", "单位", "币种"));
        assertThat(roles(m))
                .containsExactly(
                        ColumnRole.DATE,
                        ColumnRole.PRODUCT,
                        ColumnRole.SOURCE,
                        ColumnRole.LOW,
                        ColumnRole.HIGH,
                        ColumnRole.MID,
                        ColumnRole.COMMENT,
                        ColumnRole.UNIT,
                        ColumnRole.CURRENCY);
        assertThat(mapper.map(List.of("产品", "平均价", "Average Price", "价格")).columns())
                .extracting(ColumnSpec::role)
                .containsExactly(ColumnRole.PRODUCT, ColumnRole.MID, ColumnRole.MID, ColumnRole.PRICE);
    }

    @Test
    void unknownColumnsAreIgnoredAndListedNeverFatal() {
        var m = mapper.map(List.of("日期", "品名", "价格", "涨跌", "Region"));
        assertThat(m.ignored()).containsExactly("涨跌", "Region");
        assertThat(m.missing()).containsExactly("Choose the source column or the source of the whole file.");
        assertThat(m.withSource("sunsirs").missing()).isEmpty();
    }

    @Test
    void aUnitInTheHeaderStaysWithItsColumn() {
        var m = mapper.map(List.of("日期", "价格(万元/吨)", "Price (USD/kg)"));
        assertThat(m.columns().get(1).role()).isEqualTo(ColumnRole.PRICE);
        assertThat(m.columns().get(1).unit())
                .isEqualTo(new QuoteUnit(PriceCurrency.CNY, new BigDecimal("10000"), PriceUnit.T));
        assertThat(m.columns().get(2).unit()).isEqualTo(QuoteUnit.of(PriceCurrency.USD, PriceUnit.KG));
    }

    @Test
    void wideChineseHeadersAreGroupedByProductThroughTheAliases() {
        var m = mapper.map(List.of(
                "日期",
                "氧化钕最低价(万元/吨)",
                "氧化钕最高价(万元/吨)",
                "氧化钕平均价(万元/吨)",
                "氧化镨钕最低价",
                "氧化镨钕最高价",
                "氧化镨钕均价",
                "氧化钇最低价",
                "氧化钇最高价"));
        assertThat(m.wide()).isTrue();
        var groups = m.groups();
        assertThat(groups).containsOnlyKeys("氧化钕", "氧化镨钕", "氧化钇");
        assertThat(groups.get("氧化钕"))
                .extracting(ColumnSpec::role, ColumnSpec::product)
                .containsExactly(
                        Tuple.tuple(ColumnRole.LOW, "nd-oxide-cn"),
                        Tuple.tuple(ColumnRole.HIGH, "nd-oxide-cn"),
                        Tuple.tuple(ColumnRole.MID, "nd-oxide-cn"));
        assertThat(groups.get("氧化镨钕")).extracting(ColumnSpec::product).containsOnly("prnd-oxide-cn");
        assertThat(m.unresolvedGroups()).containsExactly("氧化钇");
        assertThat(m.missing()).contains("Pick a product or skip: 氧化钇 (not recognised).");
    }

    @Test
    void anUnresolvedGroupCanBeMappedOrSkipped() {
        var m = mapper.map(List.of("日期", "氧化钇最低价", "氧化钇最高价", "氧化钕均价")).withSource("yangtze");
        assertThat(m.withGroup("氧化钇", "nd-oxide-cn").unresolvedGroups()).isEmpty();
        var skipped = m.withGroup("氧化钇", null);
        assertThat(skipped.missing()).isEmpty();
        assertThat(skipped.ignored()).containsExactly("氧化钇最低价", "氧化钇最高价");
    }

    @Test
    void englishWideHeadersNeedASeparatorBeforeThePriceTerm() {
        var m = mapper.map(List.of("Date", "Nd oxide low", "Nd oxide high", "Nd oxide average", "Yellow"));
        assertThat(m.groups().get("Nd oxide")).extracting(ColumnSpec::product).containsOnly("nd-oxide-cn");
        assertThat(m.ignored()).containsExactly("Yellow");
    }

    @Test
    void aHeaderThatIsOnlyAProductNameIsItsSinglePrice() {
        var m = mapper.map(List.of("日期", "金属钕", "氧化镝(元/公斤)"));
        assertThat(m.columns().get(1))
                .extracting(ColumnSpec::role, ColumnSpec::product)
                .containsExactly(ColumnRole.PRICE, "nd-metal-cn");
        assertThat(m.columns().get(2).product()).isEqualTo("dy-oxide-cn");
    }
}
