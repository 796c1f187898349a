package app.neodesk.quote.ui;

import app.neodesk.catalog.Product;
import app.neodesk.catalog.Source;
import app.neodesk.quote.QuoteFilter;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The history filter as written in the URL, e.g.
 * {@code ?product=nd-metal-cn&product=nd-oxide-cn&source=yangtze&from=2026-01-01&to=2026-02-11}.
 * Reading never fails: what cannot be used is left out and named in {@link #problems()}.
 */
record HistoryUrl(
        Set<Product> products,
        @Nullable Source source,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        List<String> problems) {

    static final String PRODUCT = "product";
    static final String SOURCE = "source";
    static final String FROM = "from";
    static final String TO = "to";
    /** No filter: all products and sources, any date. */
    static final HistoryUrl NONE = new HistoryUrl(Set.of(), null, null, null, List.of());

    static HistoryUrl parse(
            Map<String, List<String>> params, Map<String, Product> productsByCode, Map<String, Source> sourcesByCode) {
        var problems = new ArrayList<String>();
        var products = new LinkedHashSet<Product>();
        Source source = null;
        LocalDate from = null;
        LocalDate to = null;
        for (var entry : params.entrySet()) {
            switch (entry.getKey()) {
                case PRODUCT ->
                    entry.getValue().forEach(code -> {
                        var p = productsByCode.get(code.strip());
                        if (p == null) {
                            problems.add("Unknown product '" + code + "'");
                        } else {
                            products.add(p);
                        }
                    });
                case SOURCE -> {
                    var code = entry.getValue().getFirst().strip();
                    source = sourcesByCode.get(code);
                    if (source == null) {
                        problems.add("Unknown source '" + code + "'");
                    }
                    if (entry.getValue().size() > 1) {
                        problems.add("Only one source can be chosen");
                    }
                }
                case FROM -> from = date(entry.getValue().getFirst(), FROM, problems);
                case TO -> to = date(entry.getValue().getFirst(), TO, problems);
                default -> problems.add("Unknown parameter '" + entry.getKey() + "'");
            }
        }
        if (from != null && to != null && from.isAfter(to)) {
            problems.add("'from' (" + from + ") is after 'to' (" + to + ")");
            to = null;
        }
        return new HistoryUrl(products, source, from, to, List.copyOf(problems));
    }

    /** The quote filter of the chosen products, source and dates. */
    static QuoteFilter filter(
            Collection<Product> products, @Nullable Source source, @Nullable LocalDate from, @Nullable LocalDate to) {
        return new QuoteFilter(
                products.stream().map(Product::getId).collect(Collectors.toSet()),
                source == null ? null : source.getId(),
                from,
                to);
    }

    static QueryParameters query(
            Collection<Product> products, @Nullable Source source, @Nullable LocalDate from, @Nullable LocalDate to) {
        var map = new LinkedHashMap<String, List<String>>();
        var codes = products.stream().map(Product::getCode).sorted().toList();
        if (!codes.isEmpty()) {
            map.put(PRODUCT, codes);
        }
        if (source != null) {
            map.put(SOURCE, List.of(source.getCode()));
        }
        if (from != null) {
            map.put(FROM, List.of(from.toString()));
        }
        if (to != null) {
            map.put(TO, List.of(to.toString()));
        }
        return new QueryParameters(map);
    }

    private static @Nullable LocalDate date(String text, String name, List<String> problems) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add("'" + name + "' must be a date like 2026-02-11, not '" + text + "'");
            return null;
        }
    }
}
