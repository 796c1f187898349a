package app.neodesk.driver;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the driver list shows. Every part is optional; the visibility rules of the signed-in
 * user always apply on top. The date range matches annotations whose date or range overlaps it.
 *
 * @param productCode a product code such as {@code nd-metal-cn}
 * @param author      the author's user name
 * @param text        free text searched in title and body
 */
public record DriverFilter(
        @Nullable DriverCategory category,
        @Nullable Direction direction,
        @Nullable String productCode,
        @Nullable String tag,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable String author,
        @Nullable Visibility visibility,
        @Nullable String text) {

    public static final String P_CATEGORY = "category";
    public static final String P_DIRECTION = "direction";
    public static final String P_PRODUCT = "product";
    public static final String P_TAG = "tag";
    public static final String P_FROM = "from";
    public static final String P_TO = "to";
    public static final String P_AUTHOR = "author";
    public static final String P_VISIBILITY = "visibility";
    public static final String P_TEXT = "q";

    public static DriverFilter all() {
        return new DriverFilter(null, null, null, null, null, null, null, null, null);
    }

    /** The filter as URL query parameters; empty parts are left out. */
    public Map<String, String> toParameters() {
        var map = new LinkedHashMap<String, String>();
        put(map, P_CATEGORY, category == null ? null : category.urlValue());
        put(map, P_DIRECTION, direction == null ? null : direction.urlValue());
        put(map, P_PRODUCT, productCode);
        put(map, P_TAG, tag);
        put(map, P_FROM, from == null ? null : from.toString());
        put(map, P_TO, to == null ? null : to.toString());
        put(map, P_AUTHOR, author);
        put(map, P_VISIBILITY, visibility == null ? null : visibility.urlValue());
        put(map, P_TEXT, text);
        return map;
    }

    /** Reads a filter from URL query parameters; unknown or malformed values are ignored. */
    public static DriverFilter fromParameters(Map<String, List<String>> parameters) {
        return new DriverFilter(
                DriverCategory.fromUrlValue(first(parameters, P_CATEGORY)),
                Direction.fromUrlValue(first(parameters, P_DIRECTION)),
                first(parameters, P_PRODUCT),
                first(parameters, P_TAG),
                date(first(parameters, P_FROM)),
                date(first(parameters, P_TO)),
                first(parameters, P_AUTHOR),
                Visibility.fromUrlValue(first(parameters, P_VISIBILITY)),
                first(parameters, P_TEXT));
    }

    private static void put(Map<String, String> map, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value.strip());
        }
    }

    private static @Nullable String first(Map<String, List<String>> parameters, String key) {
        var values = parameters.get(key);
        if (values == null
                || values.isEmpty()
                || values.getFirst() == null
                || values.getFirst().isBlank()) {
            return null;
        }
        return values.getFirst().strip();
    }

    static @Nullable LocalDate date(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
