package app.neodesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The limit, window and lock-out are configurable. */
class LoginAttemptServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-02-12T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void configuredLimitAndLockoutApply() {
        var service = new LoginAttemptService(
                LoginThrottleProperties.perName(3, Duration.ofMinutes(5), Duration.ofMinutes(2)), clock);
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
                LoginThrottleProperties.perName(5, Duration.ofMinutes(15), Duration.ofMinutes(15)), clock);
        for (int i = 0; i < 10_001; i++) {
            service.failed("spray-" + i);
        }
        clock.advance(Duration.ofMinutes(16));
        service.failed("one-more");
        assertThat(service.blockedFor("spray-1")).isEmpty();
    }

    @Test
    void addressIsBlockedAfterItsOwnLimitAndSuccessDoesNotResetIt() {
        var service = new LoginAttemptService(
                new LoginThrottleProperties(
                        5,
                        Duration.ofMinutes(15),
                        Duration.ofMinutes(15),
                        3,
                        Duration.ofMinutes(10),
                        Duration.ofMinutes(30),
                        List.of()),
                clock);
        assertThat(service.failedFrom("203.0.113.5")).isFalse();
        service.succeeded("someone");
        assertThat(service.failedFrom("203.0.113.5")).isFalse();
        assertThat(service.failedFrom("203.0.113.5")).isTrue();
        assertThat(service.addressBlockedFor("203.0.113.5")).contains(Duration.ofMinutes(30));
        assertThat(service.addressBlockedFor("203.0.113.6")).isEmpty();
        assertThat(service.failedFrom(null))
                .as("an unknown address is not counted")
                .isFalse();
        clock.advance(Duration.ofMinutes(30));
        assertThat(service.addressBlockedFor("203.0.113.5")).isEmpty();
    }

    @Test
    void unblockLiftsTheNameBlockAndForgetsItsFailures() {
        var service = new LoginAttemptService(
                LoginThrottleProperties.perName(2, Duration.ofMinutes(15), Duration.ofMinutes(15)), clock);
        service.failed("carol");
        service.failed("carol");
        assertThat(service.unblock("CAROL")).isTrue();
        assertThat(service.blockedFor("carol")).isEmpty();
        assertThat(service.failed("carol")).as("counting starts again").isFalse();
        assertThat(service.unblock("nobody")).isFalse();
    }

    @Test
    void trustedAddressesMustBeIpAddressesOrRanges() {
        assertThat(new TrustedAddresses(List.of("10.8.0.0/24", "198.51.100.7", "::1")).contains("10.8.0.77"))
                .isTrue();
        assertThat(new TrustedAddresses(List.of("10.8.0.0/24")).contains("10.8.1.1"))
                .isFalse();
        assertThat(new TrustedAddresses(List.of("10.8.0.0/24")).contains("not-an-address"))
                .isFalse();
        assertThat(new TrustedAddresses(List.of()).contains("127.0.0.1"))
                .as("nothing is trusted by default")
                .isFalse();
        Assertions.assertThatThrownBy(() -> new TrustedAddresses(List.of("office.example.com")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'office.example.com' is not an IP address or CIDR range");
    }
}
