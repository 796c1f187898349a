package app.neodesk.intake;

import java.util.List;

/** What a column of a vendor file holds. Prices (low, high, mid, price) may belong to one product of a wide layout. */
public enum ColumnRole {
    DATE("Date", List.of("日期", "date", "交易日期", "报价日期", "时间", "day", "tradedate", "pricedate")),
    PRODUCT(
            "Product",
            List.of(
                    "product",
                    "品名",
                    "产品",
                    "产品名称",
                    "名称",
                    "品种",
                    "商品",
                    "name",
                    "productname",
                    "commodity",
                    "code",
                    "productcode")),
    SOURCE("Source", List.of("source", "来源", "数据来源", "报价来源", "报价机构", "机构", "agency", "sourcecode")),
    LOW("Low", List.of("low", "最低价", "最低", "低价", "lowprice", "min", "minimum")),
    HIGH("High", List.of("high", "最高价", "最高", "高价", "highprice", "max", "maximum")),
    MID(
            "Mid (average)",
            List.of("mid", "均价", "平均价", "平均", "中间价", "average", "avg", "averageprice", "avgprice", "midprice", "mean")),
    PRICE("Price (low = high = mid)", List.of("price", "价格", "报价", "单价", "价", "现价", "收盘价", "close")),
    UNIT("Unit", List.of("unit", "单位", "计价单位", "价格单位", "units")),
    CURRENCY("Currency", List.of("currency", "币种", "货币", "币别", "ccy")),
    COMMENT("Comment", List.of("comment", "备注", "说明", "注释", "note", "notes", "remark", "remarks")),
    IGNORE("Ignore", List.of());

    private final String label;
    private final List<String> words;

    ColumnRole(String label, List<String> words) {
        this.label = label;
        this.words = words;
    }

    public String label() {
        return label;
    }

    /** Header words (normalised: lowercase, no spaces, underscores or hyphens) that name this role. */
    public List<String> words() {
        return words;
    }

    /** Whether the column holds a price. */
    public boolean price() {
        return this == LOW || this == HIGH || this == MID || this == PRICE;
    }
}
