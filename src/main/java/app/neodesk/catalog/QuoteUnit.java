package app.neodesk.catalog;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit a price is written in: a currency, a multiplier of it and a quantity. {@code 万元/吨}
 * is (CNY, 10,000, t), {@code 元/公斤} is (CNY, 1, kg), {@code USD/kg} is (USD, 1, kg). Conversion
 * between units of one currency is exact; between currencies it is refused, never guessed.
 *
 * @param currency   the currency
 * @param multiplier how many currency units one written unit is (1, or 10,000 for 万元)
 * @param quantity   the quantity the price is for
 */
public record QuoteUnit(PriceCurrency currency, BigDecimal multiplier, PriceUnit quantity) {

    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");

    /**
     * A currency word, a "per" and a quantity word, e.g. 万元/吨, 元/千克, CNY/t, RMB per ton,
     * yuan/kg, US$/kg. Case-insensitive; full-width slashes are normalised first.
     */
    private static final Pattern UNIT = Pattern.compile(
            "(万元|元|人民币|cny|rmb|yuan|usd|us\\$|\\$)\\s*(?:/|per\\s+|每)\\s*"
                    + "(吨|公吨|公斤|千克|metric\\s+tons?|tonnes?|tons?|mt|t|kilograms?|kgs?)(?![a-z])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    public QuoteUnit {
        Objects.requireNonNull(currency);
        Objects.requireNonNull(quantity);
        if (multiplier.signum() <= 0) {
            throw new IllegalArgumentException("The multiplier must be positive");
        }
    }

    /** The plain unit of a currency and quantity, e.g. CNY/t. */
    public static QuoteUnit of(PriceCurrency currency, PriceUnit quantity) {
        return new QuoteUnit(currency, BigDecimal.ONE, quantity);
    }

    /** The unit a product's prices are stored in. */
    public static QuoteUnit of(Product product) {
        return of(product.getCurrency(), product.getUnit());
    }

    /** The unit when {@code text} is nothing but a unit (surrounding spaces and brackets allowed). */
    public static Optional<QuoteUnit> parse(String text) {
        var normalised = normalise(text).strip();
        var m = UNIT.matcher(normalised);
        if (!m.find()) {
            return Optional.empty();
        }
        var rest = (normalised.substring(0, m.start()) + normalised.substring(m.end())).replaceAll("[\\s()\\[\\]]", "");
        return rest.isEmpty() ? Optional.of(from(m)) : Optional.empty();
    }

    /** The first unit written anywhere in {@code text}, e.g. in the header "氧化钕均价(万元/吨)". */
    public static Optional<QuoteUnit> find(String text) {
        var m = UNIT.matcher(normalise(text));
        return m.find() ? Optional.of(from(m)) : Optional.empty();
    }

    /** {@code text} without its first unit and the brackets around it: "氧化钕均价(万元/吨)" gives "氧化钕均价". */
    public static String withoutUnit(String text) {
        var normalised = normalise(text);
        var m = Pattern.compile("[(\\[]?\\s*" + UNIT.pattern() + "\\s*[)\\]]?", UNIT.flags())
                .matcher(normalised);
        return m.find() ? (normalised.substring(0, m.start()) + normalised.substring(m.end())).strip() : text.strip();
    }

    private static String normalise(String text) {
        return text.replace('／', '/').replace('（', '(').replace('）', ')').replace('＄', '$');
    }

    private static QuoteUnit from(Matcher m) {
        var money = m.group(1).toLowerCase(Locale.ROOT);
        var currency = money.contains("$") || money.equals("usd") ? PriceCurrency.USD : PriceCurrency.CNY;
        var multiplier = money.equals("万元") ? TEN_THOUSAND : BigDecimal.ONE;
        var per = m.group(2).toLowerCase(Locale.ROOT);
        var quantity = per.equals("公斤") || per.equals("千克") || per.startsWith("k") ? PriceUnit.KG : PriceUnit.T;
        return new QuoteUnit(currency, multiplier, quantity);
    }

    /**
     * {@code value} in this unit, converted exactly to {@code target}: 108.5 万元/吨 is 1,085,000
     * CNY/t and 1,085 CNY/kg. Trailing zeros are stripped (never below scale 0).
     *
     * @throws IllegalArgumentException if the currencies differ
     */
    public BigDecimal convert(BigDecimal value, QuoteUnit target) {
        if (currency != target.currency) {
            throw new IllegalArgumentException("Prices in " + currency + " cannot be converted to " + target.currency);
        }
        // value × multiplier / quantity-kg gives money per kg; × target-kg / target multiplier gives the
        // target. Every factor is a power of ten, so the divisions are exact.
        var perKg = value.multiply(multiplier).divide(quantity.kilograms());
        var converted = perKg.multiply(target.quantity.kilograms()).divide(target.multiplier);
        var stripped = converted.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Whether values in this unit can be converted to {@code target}. */
    public boolean convertibleTo(QuoteUnit target) {
        return currency == target.currency;
    }

    /** "CNY/t", "10,000 CNY/t", "USD/kg" */
    public String label() {
        var base = currency + "/" + quantity.symbol();
        return multiplier.compareTo(BigDecimal.ONE) == 0
                ? base
                : String.format(Locale.ROOT, "%,d", multiplier.toBigIntegerExact()) + " " + base;
    }

    @Override
    public String toString() {
        return label();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QuoteUnit u
                && currency == u.currency
                && quantity == u.quantity
                && multiplier.compareTo(u.multiplier) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, quantity, multiplier.stripTrailingZeros());
    }
}
