package app.neodesk.intake;

import app.neodesk.catalog.PriceCurrency;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.QuoteUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The demo catalog's units and scales with a few aliases, for the plain tests of mapping and conversion. */
final class TestCatalog implements IntakeCatalog {

    static final Map<String, ProductTarget> PRODUCTS = Map.of(
            "nd-metal-cn", target("nd-metal-cn", PriceCurrency.CNY, PriceUnit.T, 0),
            "nd-oxide-cn", target("nd-oxide-cn", PriceCurrency.CNY, PriceUnit.T, 0),
            "pr-oxide-cn", target("pr-oxide-cn", PriceCurrency.CNY, PriceUnit.T, 0),
            "prnd-oxide-cn", target("prnd-oxide-cn", PriceCurrency.CNY, PriceUnit.T, 0),
            "dy-oxide-cn", target("dy-oxide-cn", PriceCurrency.CNY, PriceUnit.KG, 0),
            "tb-oxide-cn", target("tb-oxide-cn", PriceCurrency.CNY, PriceUnit.KG, 0),
            "prnd-oxide-fob", target("prnd-oxide-fob", PriceCurrency.USD, PriceUnit.KG, 2));
    static final Map<String, String> ALIASES = Map.of(
            "金属钕",
            "nd-metal-cn",
            "氧化钕",
            "nd-oxide-cn",
            "nd oxide",
            "nd-oxide-cn",
            "氧化镨",
            "pr-oxide-cn",
            "氧化镨钕",
            "prnd-oxide-cn",
            "氧化镝",
            "dy-oxide-cn",
            "氧化铽",
            "tb-oxide-cn",
            "prnd oxide fob",
            "prnd-oxide-fob");

    private static ProductTarget target(String code, PriceCurrency currency, PriceUnit unit, int scale) {
        return new ProductTarget(code, QuoteUnit.of(currency, unit), scale);
    }

    static Optional<String> code(String name) {
        var key = name.strip().toLowerCase(Locale.ROOT);
        return PRODUCTS.containsKey(key) ? Optional.of(key) : Optional.ofNullable(ALIASES.get(key));
    }

    @Override
    public Optional<ProductTarget> product(String nameOrCode) {
        return code(nameOrCode).map(PRODUCTS::get);
    }

    @Override
    public Optional<ProductTarget> productByCode(String code) {
        return Optional.ofNullable(PRODUCTS.get(code));
    }

    @Override
    public Optional<String> source(String nameOrCode) {
        return switch (nameOrCode) {
            case "yangtze", "长江有色金属网" -> Optional.of("yangtze");
            case "sunsirs", "生意社", "100ppi" -> Optional.of("sunsirs");
            default -> Optional.empty();
        };
    }
}
