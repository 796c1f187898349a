package app.neodesk.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Counts failed sign-ins per user name and per client address, and blocks either after too many
 * (see {@link LoginThrottleProperties}). Kept in memory: a restart forgets the counters, which is
 * acceptable for throttling (it is not an audit; blocks are audited).
 * <p>
 * A successful sign-in clears the name's count but not the address's: otherwise an attacker with
 * one valid account could reset their address's count between guesses.
 */
@Service
public class LoginAttemptService {

    private final FailureCounter byName;
    private final FailureCounter byAddress;

    LoginAttemptService(LoginThrottleProperties properties, Clock clock) {
        this.byName = new FailureCounter(properties.maxFailures(), properties.window(), properties.lockout(), clock);
        this.byAddress = new FailureCounter(
                properties.addressMaxFailures(), properties.addressWindow(), properties.addressLockout(), clock);
    }

    /** How long the name stays blocked, if it is blocked now. */
    public Optional<Duration> blockedFor(String username) {
        return byName.blockedFor(nameKey(username));
    }

    /** How long the client address stays blocked, if it is blocked now. */
    public Optional<Duration> addressBlockedFor(@Nullable String address) {
        return address == null || address.isBlank() ? Optional.empty() : byAddress.blockedFor(address);
    }

    /** Records a failure for the name; returns true when this failure blocks the name. */
    public boolean failed(String username) {
        return byName.failed(nameKey(username));
    }

    /** Records a failure from the client address; returns true when this failure blocks the address. */
    public boolean failedFrom(@Nullable String address) {
        return address != null && !address.isBlank() && byAddress.failed(address);
    }

    public void succeeded(String username) {
        byName.clear(nameKey(username));
    }

    /** Lifts the name's block and forgets its failures; returns whether the name was blocked. */
    public boolean unblock(String username) {
        return byName.clear(nameKey(username));
    }

    private static String nameKey(@Nullable String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
