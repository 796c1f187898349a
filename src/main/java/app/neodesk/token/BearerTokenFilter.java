package app.neodesk.token;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API request in from its {@code Authorization: Bearer} token, then takes one request
 * from the token's rate limit. A refused token leaves the request anonymous and notes why, for the
 * 401 that follows on a protected path ({@link ApiSecurityConfig}). Not a bean: Spring Boot would
 * otherwise put it in front of every request, the Vaadin ones included.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    /** Request attribute: why the token was refused, for the 401's detail. */
    static final String REFUSAL = BearerTokenFilter.class.getName() + ".refusal";

    private static final String BEARER = "Bearer ";

    private final TokenAuthenticator authenticator;
    private final RateLimiter rateLimiter;

    BearerTokenFilter(TokenAuthenticator authenticator, RateLimiter rateLimiter) {
        this.authenticator = authenticator;
        this.rateLimiter = rateLimiter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            request.setAttribute(
                    REFUSAL, "The Authorization header must be \"Bearer ndk_…\" with a personal access token.");
            chain.doFilter(request, response);
            return;
        }
        switch (authenticator.authenticate(header.substring(BEARER.length()))) {
            case TokenCheck.Refused refused -> {
                request.setAttribute(REFUSAL, refused.detail());
                chain.doFilter(request, response);
            }
            case TokenCheck.Accepted accepted -> {
                var wait = rateLimiter.tryAcquire(accepted.principal().tokenId());
                if (wait.isPresent()) {
                    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.getAsLong()));
                    ApiProblems.write(
                            request,
                            response,
                            HttpStatus.TOO_MANY_REQUESTS,
                            "Rate limit of this token reached: " + "try again in " + wait.getAsLong() + " s.");
                    return;
                }
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new ApiTokenAuthentication(accepted.principal()));
                SecurityContextHolder.setContext(context);
                chain.doFilter(request, response);
            }
        }
    }
}
