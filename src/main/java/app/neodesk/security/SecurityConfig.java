package app.neodesk.security;

import app.neodesk.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SessionInformationExpiredEvent;

/**
 * Every view needs a sign-in; Vaadin checks {@code @RolesAllowed}/{@code @PermitAll} on views
 * (also for typed-in URLs), and services check roles again with method security.
 * <p>
 * Sign-in goes through one {@link AuthenticationManager} that holds only the throttled provider
 * and has no parent. Every signed-in session is in the {@link SessionRegistry}, so that
 * {@link SessionRevocation} can end a user's sessions when an admin changes their account.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            AuthenticationManager authenticationManager,
            SessionRegistry sessionRegistry,
            @Value("${neodesk.https:false}") boolean https)
            throws Exception {
        http.authenticationManager(authenticationManager);
        http.sessionManagement(sessions -> sessions.sessionConcurrency(concurrency -> concurrency
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredSessionStrategy(SecurityConfig::continueSignedOut)));
        http.headers(headers -> SecurityHeaders.configure(headers, https));
        // Any other address needs a sign-in, then reaches Vaadin's router, which answers an unknown
        // page with the in-app 404 view (Vaadin's default here is a bare "HTTP ERROR 403").
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class)
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }

    /**
     * The sign-in form's only AuthenticationManager: the throttled provider and no parent, so a
     * failed attempt is neither retried by another provider nor counted twice.
     */
    @Bean
    AuthenticationManager authenticationManager(ThrottledAuthenticationProvider provider) {
        return new ProviderManager(provider);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when sessions end or change id, so it does not keep stale entries. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * A revoked session has just been signed out; the request goes on as anonymous. A page request
     * is then sent to the login page (and back to the page after sign-in); a message from an open
     * Vaadin tab is answered "session expired", and the tab reloads into the login page.
     */
    private static void continueSignedOut(SessionInformationExpiredEvent event) throws IOException, ServletException {
        Objects.requireNonNull(event.getFilterChain(), "expired-session event without a filter chain")
                .doFilter(event.getRequest(), event.getResponse());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
