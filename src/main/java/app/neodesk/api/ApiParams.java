package app.neodesk.api;

import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.Source;
import app.neodesk.catalog.SourceService;
import app.neodesk.quote.HistoryCursor;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Reads query parameters strictly: a bad value is a 400 naming the parameter, never ignored.
 * Product and source codes are resolved through the catalog services.
 */
@Component
class ApiParams {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;
    static final int MAX_CODES = 50;
    static final String SCOPE_WRITE = "SCOPE_write";
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern CURSOR = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})~(\\d{1,18})");

    private final ProductService products;
    private final SourceService sources;

    ApiParams(ProductService products, SourceService sources) {
        this.products = products;
        this.sources = sources;
    }

    /** The products named by a comma-separated list of codes; empty for none. */
    List<Product> products(String parameter, @Nullable String codes) {
        var result = new ArrayList<Product>();
        if (codes == null || codes.isBlank()) {
            return result;
        }
        var list = Arrays.stream(codes.split(","))
                .map(String::strip)
                .filter(c -> !c.isEmpty())
                .distinct()
                .toList();
        if (list.size() > MAX_CODES) {
            throw ApiException.badParameter(parameter, "At most " + MAX_CODES + " products at once");
        }
        for (var code : list) {
            result.add(products.findByCode(checkedCode(parameter, code))
                    .orElseThrow(() -> ApiException.badParameter(
                            parameter, "Unknown product '" + code + "'; GET /api/v1/products lists them")));
        }
        return result;
    }

    List<Product> allActiveProducts() {
        return products.findActive();
    }

    @Nullable
    Source source(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        var c = code.strip();
        return sources.findByCode(checkedCode("source", c))
                .orElseThrow(() -> ApiException.badParameter(
                        "source", "Unknown source '" + c + "'; GET /api/v1/sources lists them"));
    }

    static @Nullable LocalDate date(String parameter, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter(
                    parameter, "'" + parameter + "' is not a date: use YYYY-MM-DD, e.g. 2025-01-31");
        }
    }

    static void range(@Nullable LocalDate from, @Nullable LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badParameter("from", "'from' (" + from + ") is after 'to' (" + to + ")");
        }
    }

    static int limit(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ApiException.badParameter("limit", "'limit' must be a whole number from 1 to " + MAX_LIMIT);
    }

    static String cursor(HistoryCursor cursor) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((cursor.date() + "~" + cursor.id()).getBytes(StandardCharsets.US_ASCII));
    }

    static @Nullable HistoryCursor cursor(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            var text = new String(Base64.getUrlDecoder().decode(value.strip()), StandardCharsets.US_ASCII);
            var m = CURSOR.matcher(text);
            if (m.matches()) {
                return new HistoryCursor(LocalDate.parse(m.group(1)), Long.parseLong(m.group(2)));
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // refused below
        }
        throw ApiException.badParameter(
                "cursor",
                "'cursor' is not one this API issued: pass the 'next' value of the" + " previous page unchanged");
    }

    /** Whether {@code format=csv} or an {@code Accept: text/csv} header asks for CSV. */
    static boolean wantsCsv(@Nullable String format, @Nullable String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw ApiException.badParameter("format", "'format' is json or csv");
            };
        }
        return accept != null
                && accept.toLowerCase(Locale.ROOT).contains("text/csv")
                && !accept.toLowerCase(Locale.ROOT).contains("application/json");
    }

    /** Refuses a write with a read-only token: the role check of the service comes on top. */
    static void requireWrite(@Nullable Authentication authentication) {
        if (authentication == null
                || authentication.getAuthorities().stream().noneMatch(a -> SCOPE_WRITE.equals(a.getAuthority()))) {
            throw new ApiException(
                    HttpStatus.FORBIDDEN,
                    "",
                    "This token is read-only: create a 'read write' token"
                            + " on /account/tokens to enter or correct quotes");
        }
    }

    private static String checkedCode(String parameter, String code) {
        if (code.length() > Product.CODE_MAX_LENGTH || !CODE.matcher(code).matches()) {
            throw ApiException.badParameter(
                    parameter,
                    "'" + parameter + "' holds something that is not a code:"
                            + " lowercase letters and digits joined by hyphens, e.g. nd-metal-cn");
        }
        return code;
    }
}
