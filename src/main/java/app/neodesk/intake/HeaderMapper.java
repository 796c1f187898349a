package app.neodesk.intake;

import app.neodesk.catalog.QuoteUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Proposes a mapping from a file's header, in English and Chinese. A header that names a role
 * ("日期", "最低价", "Average", "单位") gets it; a header that ends with a price term after a product
 * name ("氧化钕最低价(万元/吨)", "Nd oxide average") is a price column of a wide layout, its product
 * resolved through the product aliases; a header that is only a product name is that product's
 * single price. A unit in a header ("(万元/吨)") is kept with its column. Everything else is
 * ignored and listed. The user can change every part of the result.
 */
public final class HeaderMapper {

    /** A price term at the end of a header, with the role it gives. */
    private record Suffix(Pattern pattern, ColumnRole role, int length) {}

    private static final List<Suffix> SUFFIXES = suffixes();

    private final Function<String, Optional<String>> products;

    /** @param products resolves a product name or alias to its code */
    public HeaderMapper(Function<String, Optional<String>> products) {
        this.products = products;
    }

    public ImportMapping map(List<String> header) {
        var columns = new ArrayList<ColumnSpec>(header.size());
        for (int i = 0; i < header.size(); i++) {
            columns.add(column(i, header.get(i)));
        }
        return new ImportMapping(columns, null, null, null);
    }

    private ColumnSpec column(int index, String header) {
        var unit = QuoteUnit.find(header).orElse(null);
        var text = QuoteUnit.withoutUnit(header)
                .replaceAll("[（(\\[]\\s*[)）\\]]", "")
                .strip();
        var key = normalise(text);
        if (key.isEmpty()) {
            return new ColumnSpec(index, header, ColumnRole.IGNORE, null, null, unit);
        }
        for (var role : ColumnRole.values()) {
            if (role.words().contains(key)) {
                return new ColumnSpec(index, header, role, null, null, unit);
            }
        }
        for (var suffix : SUFFIXES) {
            var m = suffix.pattern().matcher(text);
            if (m.matches()) {
                var name = m.group(1).strip();
                if (!name.isEmpty()) {
                    return new ColumnSpec(
                            index,
                            header,
                            suffix.role(),
                            name,
                            products.apply(name).orElse(null),
                            unit);
                }
            }
        }
        var whole = products.apply(text);
        if (whole.isPresent()) {
            return new ColumnSpec(index, header, ColumnRole.PRICE, text, whole.get(), unit);
        }
        return new ColumnSpec(index, header, ColumnRole.IGNORE, null, null, unit);
    }

    /** Lowercase, without spaces, underscores, hyphens, dots and colons: "Average Price:" → "averageprice". */
    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.:：]+", "");
    }

    private static List<Suffix> suffixes() {
        var list = new ArrayList<Suffix>();
        for (var role : List.of(ColumnRole.LOW, ColumnRole.HIGH, ColumnRole.MID, ColumnRole.PRICE)) {
            for (var word : role.words()) {
                boolean ascii = word.chars().allMatch(c -> c < 128);
                // "averageprice" also matches "average price"; an English term needs a separator before it
                var letters = String.join(
                        "[\\s_\\-]*",
                        word.chars()
                                .mapToObj(c -> Pattern.quote(Character.toString(c)))
                                .toList());
                var regex = "(.+?)" + (ascii ? "[\\s_\\-:]+" : "[\\s_\\-:]*") + letters;
                list.add(new Suffix(
                        Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), role, word.length()));
            }
        }
        list.sort(Comparator.comparingInt(Suffix::length).reversed());
        return List.copyOf(list);
    }

    /** For tests and messages: the role a lone header word names, if any. */
    static @Nullable ColumnRole role(String header) {
        var key = normalise(QuoteUnit.withoutUnit(header));
        for (var role : ColumnRole.values()) {
            if (role.words().contains(key)) {
                return role;
            }
        }
        return null;
    }
}
