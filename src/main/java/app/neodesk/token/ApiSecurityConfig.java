package app.neodesk.token;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The REST API's own security chain, in front of the Vaadin one ({@code SecurityConfig}, which
 * keeps every other path): {@code /api/**} and the actuator's {@code /actuator/**} only; stateless,
 * bearer tokens, no CSRF, no session, no form login. A session cookie signs nobody in here. The OpenAPI document and its page are public,
 * and so are the health probes; the other actuator endpoints (Prometheus) need an admin's token;
 * every other API path needs a valid token. 401, 403 and 429 are problem details, and so is every
 * error after sign-in that no controller answered ({@link ApiErrorFilter}).
 */
@Configuration
class ApiSecurityConfig {

    static final String[] PUBLIC = {"/api/v1/openapi.json", "/api/v1/openapi.json/**", "/api/v1/docs/**"};
    /** The load balancer's probes: UP or DOWN, no details. */
    static final String[] PROBES = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"};

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(
            HttpSecurity http,
            TokenAuthenticator authenticator,
            @Value("${neodesk.api.rate-limit-per-minute:120}") long perMinute)
            throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC)
                        .permitAll()
                        .requestMatchers(PROBES)
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(
                                        (request, response, e) -> unauthorized(request, response))
                                .accessDeniedHandler(
                                        (request, response, e) -> ApiProblems.write(
                                                request,
                                                response,
                                                HttpStatus.FORBIDDEN,
                                                "Not allowed with this token: its scope or its owner's role does not permit this request.")))
                .addFilterBefore(
                        new BearerTokenFilter(authenticator, new RateLimiter(perMinute)),
                        AnonymousAuthenticationFilter.class)
                .addFilterAfter(new ApiErrorFilter(), AuthorizationFilter.class);
        return http.build();
    }

    private static void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var refusal = request.getAttribute(BearerTokenFilter.REFUSAL);
        response.setHeader(
                HttpHeaders.WWW_AUTHENTICATE,
                refusal == null ? "Bearer realm=\"neodesk\"" : "Bearer realm=\"neodesk\", error=\"invalid_token\"");
        ApiProblems.write(
                request,
                response,
                HttpStatus.UNAUTHORIZED,
                refusal == null ? TokenAuthenticator.MISSING : refusal.toString());
    }
}
