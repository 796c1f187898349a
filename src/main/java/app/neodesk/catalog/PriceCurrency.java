package app.neodesk.catalog;

public enum PriceCurrency {
    CNY,
    USD,
    EUR
}
