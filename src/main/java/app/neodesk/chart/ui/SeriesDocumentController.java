package app.neodesk.chart.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code GET /chart-data/series/{key}}: one series document of a chart ({@link SeriesDocuments}), for a
 * signed-in user's browser session (the Vaadin security chain: no sign-in, no data). Every signed-in
 * role may read every series, as on the chart itself.
 *
 * <p>The key is a hash of the content, so the answer never changes: the browser may keep it for a
 * year ({@code private, immutable}) and a revalidation with the key as ETag is answered 304. Sent
 * gzipped when the browser accepts it, from bytes compressed once. A key this node does not know
 * (a restart, or a malformed key) is a 404 with a plain message; the chart then asks the user to
 * reload the page.
 */
@Controller
class SeriesDocumentController {

    /** Where documents live, relative to the application's root (the page's base URL). */
    static final String PATH = "chart-data/series/";

    static final String MISSING = "This chart data is no longer on the server. Reload the page.";

    @GetMapping("/" + PATH + "{key}")
    @PreAuthorize("isAuthenticated()")
    void document(@PathVariable String key, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var found = SeriesDocuments.find(key);
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType(MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8");
            response.getOutputStream().write(MISSING.getBytes(StandardCharsets.UTF_8));
            return;
        }
        var document = found.get();
        String etag = "\"" + document.key() + "\"";
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, max-age=31536000, immutable");
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (etag.equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        boolean gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        byte[] body = gzip ? document.gzip() : document.json();
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        if (gzip) {
            // Already compressed: the server's own response compression leaves it as it is.
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Whether an Accept-Encoding header lists gzip without refusing it ({@code gzip;q=0}). */
    static boolean acceptsGzip(@Nullable String header) {
        if (header == null) {
            return false;
        }
        for (String part : header.split(",")) {
            String[] token = part.strip().toLowerCase(Locale.ROOT).split(";");
            if (token[0].strip().equals("gzip")) {
                for (int i = 1; i < token.length; i++) {
                    String parameter = token[i].replace(" ", "");
                    if (parameter.matches("q=0(\\.0*)?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }
}
