package app.neodesk.security;

import app.neodesk.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The limit, window and lock-out are configurable. */
class LoginAttemptServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-02-12T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void configuredLimitAndLockoutApply() {
        var service = new LoginAttemptService(
                new LoginThrottleProperties(3, Duration.ofMinutes(5), Duration.ofMinutes(2)), clock);
        assertThat(service.failed("bob")).isFalse();
        assertThat(service.failed("bob")).isFalse();
        assertThat(service.failed("bob")).isTrue();
        assertThat(service.blockedFor("bob")).contains(Duration.ofMinutes(2));
        clock.advance(Duration.ofMinutes(2));
        assertThat(service.blockedFor("bob")).isEmpty();
    }

    @Test
    void manyDistinctNamesDoNotGrowWithoutBound() {
        var service = new LoginAttemptService(
                new LoginThrottleProperties(5, Duration.ofMinutes(15), Duration.ofMinutes(15)), clock);
        for (int i = 0; i < 10_001; i++) {
            service.failed("spray-" + i);
        }
        clock.advance(Duration.ofMinutes(16));
        service.failed("one-more");
        assertThat(service.blockedFor("spray-1")).isEmpty();
    }
}
