package app.neodesk.chart;

import app.neodesk.base.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything a chart shows, as it is written in the URL:
 * {@code /chart?products=nd-metal-cn,nd-oxide-cn&source=yangtze&mode=spread&range=1Y&metal=true}.
 * Parsing refuses bad input with a message that names the parameter; it does not check that the
 * codes exist (the service does).
 *
 * @param productCodes  one or more product codes, in the user's order
 * @param sourceCode    the source, or {@code null} for each product's main source
 * @param mode          absolute, compare or spread
 * @param range         the range preset
 * @param metalContent  in spread mode, whether the oxide side is converted to contained metal
 * @param scale         linear, log or % change axes (spread mode always draws linear axes)
 */
public record ChartState(
        List<String> productCodes,
        @Nullable String sourceCode,
        ChartMode mode,
        RangePreset range,
        boolean metalContent,
        ScaleMode scale) {

    public static final int MAX_PRODUCTS = 6;
    public static final String PRODUCTS = "products";
    public static final String SOURCE = "source";
    public static final String MODE = "mode";
    public static final String RANGE = "range";
    public static final String METAL = "metal";
    public static final String SCALE = "scale";

    public ChartState {
        productCodes = List.copyOf(productCodes);
    }

    /** A state with linear axes. */
    public ChartState(
            List<String> productCodes,
            @Nullable String sourceCode,
            ChartMode mode,
            RangePreset range,
            boolean metalContent) {
        this(productCodes, sourceCode, mode, range, metalContent, ScaleMode.LINEAR);
    }

    public static ChartState defaults(List<String> productCodes) {
        return new ChartState(productCodes, null, ChartMode.ABSOLUTE, RangePreset.ONE_YEAR, false);
    }

    /**
     * Reads the state from query parameters; products may come as one comma-separated value or as
     * repeated {@code products} (or {@code product}) parameters.
     *
     * @throws ValidationException naming the bad parameter
     */
    public static ChartState parse(Map<String, List<String>> query) {
        var codes = new LinkedHashSet<String>();
        for (var key : List.of(PRODUCTS, "product")) {
            for (var value : query.getOrDefault(key, List.of())) {
                for (var code : value.split(",")) {
                    var trimmed = code.strip();
                    if (!trimmed.isEmpty()) {
                        if (!trimmed.matches("[a-z0-9]+(-[a-z0-9]+)*") || trimmed.length() > 40) {
                            throw new ValidationException(
                                    PRODUCTS,
                                    "'" + abbreviate(trimmed)
                                            + "' is not a product code (lowercase letters, digits and hyphens)");
                        }
                        codes.add(trimmed);
                    }
                }
            }
        }
        if (codes.size() > MAX_PRODUCTS) {
            throw new ValidationException(PRODUCTS, "A chart shows at most " + MAX_PRODUCTS + " products");
        }
        var mode = one(query, MODE).map(ChartMode::parse).orElse(ChartMode.ABSOLUTE);
        if (mode == ChartMode.SPREAD && codes.size() != 2) {
            throw new ValidationException(
                    PRODUCTS, "Spread mode needs exactly two products, e.g. " + "products=nd-metal-cn,nd-oxide-cn");
        }
        RangePreset range;
        try {
            range = one(query, RANGE).map(RangePreset::parse).orElse(RangePreset.ONE_YEAR);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(RANGE, Objects.requireNonNullElse(e.getMessage(), "Unknown range"));
        }
        var source =
                one(query, SOURCE).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        if (source != null && !source.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new ValidationException(SOURCE, "'" + abbreviate(source) + "' is not a source code");
        }
        boolean metal = one(query, METAL)
                .map(v -> switch (v.strip().toLowerCase(Locale.ROOT)) {
                    case "true", "1", "yes" -> true;
                    case "false", "0", "no", "" -> false;
                    default ->
                        throw new ValidationException(
                                METAL, "metal must be true or false, not '" + abbreviate(v) + "'");
                })
                .orElse(false);
        var scale = one(query, SCALE).map(ScaleMode::parse).orElse(ScaleMode.LINEAR);
        return new ChartState(new ArrayList<>(codes), source, mode, range, metal, scale);
    }

    /** The query parameters that reproduce this state, in a stable order. */
    public Map<String, String> toQuery() {
        var query = new LinkedHashMap<String, String>();
        query.put(PRODUCTS, String.join(",", productCodes));
        if (sourceCode != null) {
            query.put(SOURCE, sourceCode);
        }
        query.put(MODE, mode.code());
        query.put(RANGE, range.code());
        if (metalContent) {
            query.put(METAL, "true");
        }
        if (scale != ScaleMode.LINEAR) {
            query.put(SCALE, scale.code());
        }
        return query;
    }

    public ChartState withProducts(List<String> codes) {
        return new ChartState(codes, sourceCode, mode, range, metalContent, scale);
    }

    public ChartState withMode(ChartMode newMode) {
        return new ChartState(productCodes, sourceCode, newMode, range, metalContent, scale);
    }

    public ChartState withRange(RangePreset newRange) {
        return new ChartState(productCodes, sourceCode, mode, newRange, metalContent, scale);
    }

    public ChartState withSource(@Nullable String newSource) {
        return new ChartState(productCodes, newSource, mode, range, metalContent, scale);
    }

    public ChartState withMetalContent(boolean metal) {
        return new ChartState(productCodes, sourceCode, mode, range, metal, scale);
    }

    public ChartState withScale(ScaleMode newScale) {
        return new ChartState(productCodes, sourceCode, mode, range, metalContent, newScale);
    }

    /** The scale actually drawn: spreads can cross zero, so spread mode is always linear. */
    public ScaleMode effectiveScale() {
        return mode == ChartMode.SPREAD ? ScaleMode.LINEAR : scale;
    }

    private static Optional<String> one(Map<String, List<String>> query, String key) {
        var values = query.getOrDefault(key, List.of());
        if (values.size() > 1) {
            throw new ValidationException(key, "Give '" + key + "' only once");
        }
        return values.stream().findFirst();
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
