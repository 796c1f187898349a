package app.neodesk.ops;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The request log: one line per HTTP request once it is answered, on the logger {@value #LOGGER}
 * at INFO, with method, path, Vaadin request type, status, duration, body size (when the response
 * declared it), user and client address, as a readable message and as SLF4J key-value pairs, which
 * Spring Boot's structured console formats ({@code logging.structured.format.console=ecs},
 * {@code logstash}, {@code gelf}) write as JSON fields.
 * <p>
 * It runs first, outside Spring Security, so requests that security refuses (401, 403, the
 * redirect to the login page) are logged too. Their user is {@code -}: the user is taken by
 * {@link User}, which runs behind security, once a request got through it. Headers, cookies, query
 * values and bodies are never read, so no token, password, session id or CSRF token can reach the
 * log. The client address is the request's remote address: the proxy's, unless
 * {@code server.forward-headers-strategy=native} lets Tomcat take it from {@code X-Forwarded-For}.
 */
final class AccessLogFilter extends OncePerRequestFilter {

    static final String LOGGER = "neodesk.access";
    /** Request attribute: the signed-in user's name, set by {@link User}. */
    static final String USER = AccessLogFilter.class.getName() + ".user";

    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    private final AccessLogProperties properties;

    AccessLogFilter(AccessLogProperties properties) {
        this.properties = properties;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!log.isInfoEnabled()) {
            return true;
        }
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return !properties.includeStatic() && isStatic(path) || !properties.includeProbes() && isProbe(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            if (!failed && request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new WhenComplete(start));
            } else {
                // An exception on its way to the container becomes a 500 (its error page comes later).
                log(request, response, start, failed && !response.isCommitted() ? 500 : response.getStatus());
            }
        }
    }

    private static void log(HttpServletRequest request, HttpServletResponse response, long start, int status) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        var user = request.getAttribute(USER) instanceof String name ? name : AccessLine.NONE;
        var address = request.getRemoteAddr();
        var line = new AccessLine(
                AccessLine.method(request.getMethod()),
                AccessLine.path(request.getRequestURI()),
                AccessLine.vaadinRequest(request.getQueryString()),
                status,
                millis,
                bytes(response),
                user,
                address == null ? AccessLine.NONE : address);
        var event =
                log.atInfo().addKeyValue("http.request.method", line.method()).addKeyValue("url.path", line.path());
        if (line.vaadinRequest() != null) {
            event = event.addKeyValue("vaadin.request", line.vaadinRequest());
        }
        event = event.addKeyValue("http.response.status_code", line.status()).addKeyValue("duration_ms", line.millis());
        if (line.bytes() >= 0) {
            event = event.addKeyValue("http.response.body.bytes", line.bytes());
        }
        event.addKeyValue("user.name", line.user())
                .addKeyValue("client.ip", line.client())
                .log(line.text());
    }

    /** The Content-Length the response declared, or -1 (chunked or not known before it was sent). */
    private static long bytes(HttpServletResponse response) {
        var length = response.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Files the browser loads once per page or version; the server's work is the request that names them. */
    static boolean isStatic(String path) {
        return path.startsWith("/VAADIN/") && !path.startsWith("/VAADIN/push")
                || path.startsWith("/icons/")
                || path.startsWith("/images/")
                || path.startsWith("/themes/")
                || path.equals("/favicon.ico")
                || path.equals("/sw.js")
                || path.equals("/sw-runtime-resources-precache.js")
                || path.equals("/manifest.webmanifest")
                || path.startsWith("/offline");
    }

    /** The load balancer's health checks, every 2 s per balancer. */
    static boolean isProbe(String path) {
        return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
    }

    /** A request that went asynchronous (Vaadin push by long polling) is logged when it is answered. */
    private static final class WhenComplete implements AsyncListener {
        private final long start;

        WhenComplete(long start) {
            this.start = start;
        }

        @Override
        public void onComplete(AsyncEvent event) {
            log(
                    (HttpServletRequest) event.getSuppliedRequest(),
                    (HttpServletResponse) event.getSuppliedResponse(),
                    start,
                    ((HttpServletResponse) event.getSuppliedResponse()).getStatus());
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            // onComplete follows
        }

        @Override
        public void onError(AsyncEvent event) {
            // onComplete follows
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            event.getAsyncContext().addListener(this);
        }
    }

    /**
     * Runs behind Spring Security, where the request's sign-in is known, and notes the user's name for
     * the line; an anonymous request notes nothing.
     */
    static final class User extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null
                    && authentication.isAuthenticated()
                    && !(authentication instanceof AnonymousAuthenticationToken)) {
                request.setAttribute(USER, AccessLine.name(authentication.getName()));
            }
            chain.doFilter(request, response);
        }
    }
}
