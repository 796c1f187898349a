package app.neodesk.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * The response headers of every page and resource (see docs/ARCHITECTURE.md, "Security
 * decisions"). Written before the request is handled, so that Vaadin sees them and keeps them:
 * the bootstrap page adds its own {@code X-Frame-Options} only when none is set, and static
 * files replace {@code Cache-Control: no-store} with their own caching (bundle files for an hour,
 * or a year when requested with their content hash), while pages keep it. Spring Security's
 * default is to write them when the response is committed; on Vaadin's bootstrap page they then
 * never arrived.
 */
final class SecurityHeaders {

    /**
     * What Vaadin Flow 25.2 needs and nothing more: its bootstrap page starts the client engine with
     * inline scripts, and the engine runs the JavaScript the server sends ({@code executeJs}, event
     * data) by constructing functions, hence {@code 'unsafe-inline' 'unsafe-eval'} for scripts;
     * components set inline styles. Everything else comes from this origin: XHR and the push
     * websocket ({@code 'self'} covers same-origin ws:/wss: in current browsers); inline SVG images
     * of the component styles and images built in the page ({@code data:}, {@code blob:}); the
     * upload button's inlined icon font ({@code data:}). No plugins, no foreign base URL or form
     * target, and no framing by other sites.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** One year, the usual HSTS lifetime; subdomains are not assumed to be on TLS. */
    static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

    private SecurityHeaders() {}

    /**
     * @param https whether the app is deployed behind TLS ({@code neodesk.https}): only then is
     *              HSTS sent, on every response, since a TLS-terminating proxy makes requests look
     *              like plain HTTP to the app
     */
    static void configure(HeadersConfigurer<HttpSecurity> headers, boolean https) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                // Pages are never stored; static files replace this with their own caching.
                .cacheControl(HeadersConfigurer.CacheControlConfig::disable)
                .addHeaderWriter(new StaticHeadersWriter("Cache-Control", "no-store"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                });
        if (https) {
            headers.httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
                    .maxAgeInSeconds(HSTS_MAX_AGE_SECONDS)
                    .includeSubDomains(false));
        } else {
            headers.httpStrictTransportSecurity(HeadersConfigurer.HstsConfig::disable);
        }
    }
}
