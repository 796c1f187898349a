package app.neodesk.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in throttling, per user name and per client address.
 * <ul>
 *   <li>After {@code maxFailures} failed attempts for one user name within {@code window}, that
 *       name is refused for {@code lockout}, from every address.</li>
 *   <li>After {@code addressMaxFailures} failed attempts from one client address within
 *       {@code addressWindow} (for any names), that address is refused for {@code addressLockout}.</li>
 *   <li>From a {@code trustedAddresses} entry (IP addresses or CIDR ranges such as
 *       {@code 10.8.0.0/24}) the address limit does not apply, and an admin signs in with the
 *       right password even while their name is blocked. Empty by default: trust is opt-in.</li>
 * </ul>
 * The client address is the request's remote address; behind a reverse proxy it is the proxy's
 * unless {@code server.forward-headers-strategy} is set (see the README).
 */
@ConfigurationProperties("neodesk.security.login")
public record LoginThrottleProperties(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration window,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("20") int addressMaxFailures,
        @DefaultValue("15m") Duration addressWindow,
        @DefaultValue("15m") Duration addressLockout,
        @DefaultValue List<String> trustedAddresses) {

    public LoginThrottleProperties {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("neodesk.security.login.max-failures must be at least 1");
        }
        if (addressMaxFailures < 1) {
            throw new IllegalArgumentException("neodesk.security.login.address-max-failures must be at least 1");
        }
        trustedAddresses = trustedAddresses == null
                ? List.of()
                : trustedAddresses.stream()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    /** Limits per name as given, the default limit per address, and no trusted addresses. */
    public static LoginThrottleProperties perName(int maxFailures, Duration window, Duration lockout) {
        return new LoginThrottleProperties(
                maxFailures, window, lockout, 20, Duration.ofMinutes(15), Duration.ofMinutes(15), List.of());
    }
}
