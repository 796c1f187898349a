package app.neodesk.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Login throttling: after {@code maxFailures} failed attempts for one user name within
 * {@code window}, further attempts for that name are refused for {@code lockout}.
 */
@ConfigurationProperties("neodesk.security.login")
public record LoginThrottleProperties(@DefaultValue("5") int maxFailures,
                                      @DefaultValue("15m") Duration window,
                                      @DefaultValue("15m") Duration lockout) {

    public LoginThrottleProperties {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("neodesk.security.login.max-failures must be at least 1");
        }
    }
}
