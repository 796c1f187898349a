package app.neodesk.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Failed attempts per key (a user name or a client address) in a sliding window: {@code limit}
 * failures within {@code window} block the key for {@code lockout}. In memory; stale keys are
 * swept once many are tracked, so a spray of distinct keys cannot grow it without bound.
 */
final class FailureCounter {

    /** Above this many tracked keys, stale entries are swept on the next failure. */
    static final int SWEEP_THRESHOLD = 10_000;

    private final int limit;
    private final Duration window;
    private final Duration lockout;
    private final Clock clock;
    private final Map<String, Attempts> byKey = new ConcurrentHashMap<>();

    FailureCounter(int limit, Duration window, Duration lockout, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.lockout = lockout;
        this.clock = clock;
    }

    /** How long the key stays blocked, if it is blocked now. */
    Optional<Duration> blockedFor(String key) {
        var attempts = byKey.get(key);
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

    /** Records a failure; returns true when this failure blocks the key. */
    boolean failed(String key) {
        if (byKey.size() > SWEEP_THRESHOLD) {
            sweep();
        }
        var attempts = byKey.computeIfAbsent(key, k -> new Attempts());
        synchronized (attempts) {
            var now = clock.instant();
            attempts.prune(now.minus(window));
            attempts.failures.addLast(now);
            if (attempts.failures.size() >= limit) {
                attempts.blockedUntil = now.plus(lockout);
                attempts.failures.clear();
                return true;
            }
            return false;
        }
    }

    /** Forgets the key's failures and lifts its block; returns whether it was blocked. */
    boolean clear(String key) {
        var removed = byKey.remove(key);
        if (removed == null) {
            return false;
        }
        synchronized (removed) {
            return removed.blockedUntil != null && clock.instant().isBefore(removed.blockedUntil);
        }
    }

    private void sweep() {
        var now = clock.instant();
        byKey.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                e.getValue().prune(now.minus(window));
                return e.getValue().failures.isEmpty()
                        && (e.getValue().blockedUntil == null || !now.isBefore(e.getValue().blockedUntil));
            }
        });
    }

    private static final class Attempts {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private @Nullable Instant blockedUntil;

        void prune(Instant oldestKept) {
            while (!failures.isEmpty() && failures.peekFirst().isBefore(oldestKept)) {
                failures.removeFirst();
            }
        }
    }
}
