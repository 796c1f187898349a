package app.neodesk.security;

import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per user name and blocks a name after too many. Kept in memory: a
 * restart forgets the counters, which is acceptable for throttling (it is not an audit).
 */
@Service
public class LoginAttemptService {

    /** Above this many tracked names, stale entries are swept on the next failure. */
    private static final int SWEEP_THRESHOLD = 10_000;

    private final LoginThrottleProperties properties;
    private final Clock clock;
    private final Map<String, Attempts> byName = new ConcurrentHashMap<>();

    LoginAttemptService(LoginThrottleProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** How long the name stays blocked, if it is blocked now. */
    public Optional<Duration> blockedFor(String username) {
        var attempts = byName.get(key(username));
        if (attempts == null) {
            return Optional.empty();
        }
        synchronized (attempts) {
            var now = clock.instant();
            if (attempts.blockedUntil != null && now.isBefore(attempts.blockedUntil)) {
                return Optional.of(Duration.between(now, attempts.blockedUntil));
            }
            return Optional.empty();
        }
    }

    /** Records a failure; returns true when this failure blocks the name. */
    public boolean failed(String username) {
        if (byName.size() > SWEEP_THRESHOLD) {
            sweep();
        }
        var attempts = byName.computeIfAbsent(key(username), k -> new Attempts());
        synchronized (attempts) {
            var now = clock.instant();
            attempts.prune(now.minus(properties.window()));
            attempts.failures.addLast(now);
            if (attempts.failures.size() >= properties.maxFailures()) {
                attempts.blockedUntil = now.plus(properties.lockout());
                attempts.failures.clear();
                return true;
            }
            return false;
        }
    }

    public void succeeded(String username) {
        byName.remove(key(username));
    }

    private void sweep() {
        var now = clock.instant();
        byName.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                e.getValue().prune(now.minus(properties.window()));
                return e.getValue().failures.isEmpty()
                        && (e.getValue().blockedUntil == null || !now.isBefore(e.getValue().blockedUntil));
            }
        });
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static final class Attempts {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private @org.jspecify.annotations.Nullable Instant blockedUntil;

        void prune(Instant oldestKept) {
            while (!failures.isEmpty() && failures.peekFirst().isBefore(oldestKept)) {
                failures.removeFirst();
            }
        }
    }
}
