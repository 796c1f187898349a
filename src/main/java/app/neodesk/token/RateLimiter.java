package app.neodesk.token;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A Bucket4j bucket per token: {@code perMinute} requests, refilled evenly over a minute. The
 * buckets live in a map of at most {@link #MAX_BUCKETS} entries that drops the least recently used
 * one, so memory stays bounded however many tokens call; a dropped bucket was idle and full anyway
 * in all but the most extreme case.
 */
final class RateLimiter {

    static final int MAX_BUCKETS = 10_000;

    private final long perMinute;
    private final Map<Long, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Bucket> eldest) {
            return size() > MAX_BUCKETS;
        }
    };

    RateLimiter(long perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("neodesk.api.rate-limit-per-minute must be at least 1");
        }
        this.perMinute = perMinute;
    }

    /** Takes one request from the token's bucket: empty if allowed, else the seconds until the next is. */
    OptionalLong tryAcquire(long tokenId) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(tokenId, id -> newBucket());
        }
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(
                1,
                Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds()
                        + (probe.getNanosToWaitForRefill() % 1_000_000_000L == 0 ? 0 : 1)));
    }

    int size() {
        synchronized (buckets) {
            return buckets.size();
        }
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(perMinute)
                        .refillGreedy(perMinute, Duration.ofMinutes(1))
                        .build())
                .build();
    }
}
