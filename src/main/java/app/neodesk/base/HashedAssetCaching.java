package app.neodesk.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The production bundle's files under {@code /VAADIN/build/} carry a content hash in their name
 * ({@code indexhtml-BcXdQIFz.js}): a changed file gets a new name, so the browser may keep them
 * for a year without asking again. Vaadin serves them for an hour only (a year only for
 * {@code ?v-c=} requests). When Vaadin serves such a file and sets its caching, this filter
 * replaces it with {@code public, max-age=31536000, immutable}. Files without a hash, a missing
 * file (404) and pages keep their own headers ({@code no-store} for pages, see SecurityHeaders).
 * It wraps the response before Spring Security's filters, whose eager {@code no-store} Vaadin
 * then replaces as before.
 */
@Configuration(proxyBeanMethods = false)
class HashedAssetCaching {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    /** Vite's output names: name, dash, 8 characters of base64url hash, extension (and .br/.gz). */
    static final Pattern HASHED =
            Pattern.compile("/VAADIN/build/[^/]+-[A-Za-z0-9_-]{8}\\.(js|css|woff2?|svg|png)(\\.br|\\.gz)?");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> hashedAssetCachingFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter());
        registration.addUrlPatterns("/VAADIN/build/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setName("hashedAssetCaching");
        return registration;
    }

    static boolean isHashed(String path) {
        return HASHED.matcher(path).matches();
    }

    static final class Filter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var path =
                    request.getRequestURI().substring(request.getContextPath().length());
            chain.doFilter(request, isHashed(path) ? new ImmutableCaching(response) : response);
        }
    }

    /** Turns the caching that the static file server sets for a served file into a year, immutable. */
    private static final class ImmutableCaching extends HttpServletResponseWrapper {

        ImmutableCaching(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, servedFile(name, value) ? IMMUTABLE : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (servedFile(name, value)) {
                super.setHeader(name, IMMUTABLE);
            } else {
                super.addHeader(name, value);
            }
        }

        /** Vaadin's caching of a file it serves ("max-age=3600", "public, max-age=0, …"), not "no-store". */
        private static boolean servedFile(String name, String value) {
            return "Cache-Control".equalsIgnoreCase(name) && value.contains("max-age");
        }
    }
}
