package app.neodesk.demo;

import app.neodesk.base.ValidationException;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The English and Chinese names of the demo catalog, as vendor files and agency notes write them
 * (see DOMAIN.md, "Product names" and "Sources"). Chinese names belong to the China products;
 * aliases are unique, so the FOB product only has its own.
 */
final class DemoAliases {

    static final Map<String, List<String>> PRODUCTS = Map.of(
            "nd-metal-cn", List.of("金属钕", "钕金属", "Nd metal", "neodymium metal"),
            "nd-oxide-cn", List.of("氧化钕", "Nd oxide", "neodymium oxide", "Nd2O3"),
            "pr-oxide-cn", List.of("氧化镨", "Pr oxide", "praseodymium oxide", "Pr6O11"),
            // "Pr-Nd oxide" and "PRND OXIDE" are the same name as "PrNd oxide" once normalised.
            "prnd-oxide-cn", List.of("氧化镨钕", "镨钕氧化物", "PrNd oxide", "praseodymium-neodymium oxide", "didymium oxide"),
            "dy-oxide-cn", List.of("氧化镝", "Dy oxide", "dysprosium oxide", "Dy2O3"),
            "tb-oxide-cn", List.of("氧化铽", "Tb oxide", "terbium oxide", "Tb4O7"),
            // "PrNd oxide FOB" is the code itself once normalised.
            "prnd-oxide-fob", List.of("PrNd oxide FOB China", "PrNd oxide export", "PrNd oxide USD"));

    static final Map<String, List<String>> SOURCES = Map.of(
            "yangtze", List.of("长江有色金属网", "长江有色", "Yangtze Nonferrous Metals Network", "Yangtze Nonferrous", "CJYS"),
            "smm", List.of("SMM", "Shanghai Metals Market", "上海有色网", "上海有色"),
            "sunsirs", List.of("SunSirs", "生意社", "100ppi", "100ppi.com"),
            "inhouse", List.of("In-house deals"));

    private static final Logger log = LoggerFactory.getLogger(DemoAliases.class);

    private DemoAliases() {}

    /**
     * Gives the demo products and sources their aliases, unless any of them already has some (then
     * an admin owns them, and a restart must not undo their edits). Runs as the system admin.
     */
    static void seedIfNone(ProductService products, SourceService sources) {
        boolean any = PRODUCTS.keySet().stream()
                        .anyMatch(code -> products.findByCode(code)
                                .map(p -> !products.aliases(p.requireId()).isEmpty())
                                .orElse(false))
                || SOURCES.keySet().stream()
                        .anyMatch(code -> sources.findByCode(code)
                                .map(s -> !sources.aliases(s.requireId()).isEmpty())
                                .orElse(false));
        if (any) {
            return;
        }
        PRODUCTS.forEach((code, aliases) -> products.findByCode(code).ifPresent(p -> {
            try {
                products.setAliases(p.requireId(), aliases);
            } catch (ValidationException e) {
                log.warn("Demo aliases of product {} not set: {}", code, e.getMessage());
            }
        }));
        SOURCES.forEach((code, aliases) -> sources.findByCode(code).ifPresent(s -> {
            try {
                sources.setAliases(s.requireId(), aliases);
            } catch (ValidationException e) {
                log.warn("Demo aliases of source {} not set: {}", code, e.getMessage());
            }
        }));
    }
}
