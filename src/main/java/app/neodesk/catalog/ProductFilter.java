package app.neodesk.catalog;

import org.jspecify.annotations.Nullable;

/** The admin list's filter: free text matched against the code, and whether to hide inactive products. */
public record ProductFilter(@Nullable String text, boolean activeOnly) {

    public static ProductFilter all() {
        return new ProductFilter(null, false);
    }
}
