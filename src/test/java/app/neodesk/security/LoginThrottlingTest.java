package app.neodesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.MutableClock;
import app.neodesk.NeodeskSpringTest;
import app.neodesk.TestClockConfig;
import app.neodesk.audit.AuditFilter;
import app.neodesk.audit.AuditService;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** Sign-in throttling through the real authentication provider, bcrypt and demo users. */
@NeodeskSpringTest
class LoginThrottlingTest {

    @Autowired
    ThrottledAuthenticationProvider provider;

    @Autowired
    LoginAttemptService attempts;

    @Autowired
    MutableClock clock;

    @Autowired
    AuditService audit;

    @AfterEach
    void resetClockAndCounters() {
        clock.set(TestClockConfig.START);
        attempts.succeeded("trader2");
        attempts.succeeded("analyst");
    }

    @Test
    void correctPasswordSignsIn() {
        var result = provider.authenticate(token("trader2", "demo"));
        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getAuthorities())
                .extracting(a -> a.getAuthority())
                .filteredOn(a -> a.startsWith("ROLE_"))
                .containsExactly("ROLE_VIEWER");
    }

    @Test
    void fiveFailuresBlockTheNameEvenForTheRightPasswordForFifteenMinutes() {
        for (int i = 1; i <= 4; i++) {
            assertThatThrownBy(() -> provider.authenticate(token("trader2", "wrong")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> provider.authenticate(token("trader2", "wrong")))
                .isInstanceOf(LockedException.class)
                .hasMessage("Too many failed sign-in attempts for this user name. Try again in 15 minutes.");

        assertThatThrownBy(() -> provider.authenticate(token("trader2", "demo")))
                .as("the right password is refused while blocked")
                .isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> provider.authenticate(token("TRADER2 ", "demo")))
                .as("case and spaces do not get around the block")
                .isInstanceOf(LockedException.class);

        var audited = SystemAuthentication.call(() -> audit.search(
                        new AuditFilter("User", "trader2", "sign-in blocked", null, null), PageRequest.of(0, 5))
                .getContent());
        assertThat(audited).as("the block is in the audit trail").isNotEmpty();

        clock.advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> provider.authenticate(token("trader2", "demo")))
                .isInstanceOf(LockedException.class)
                .hasMessageContaining("Try again in 1 minute.");

        clock.advance(Duration.ofMinutes(1));
        assertThat(provider.authenticate(token("trader2", "demo")).isAuthenticated())
                .isTrue();
    }

    @Test
    void blockingOneNameLeavesOtherNamesAlone() {
        for (int i = 0; i < 5; i++) {
            try {
                provider.authenticate(token("trader2", "wrong"));
            } catch (BadCredentialsException | LockedException expected) {
                // counted
            }
        }
        assertThat(provider.authenticate(token("analyst", "demo")).isAuthenticated())
                .isTrue();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> provider.authenticate(token("analyst", "wrong")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        clock.advance(Duration.ofMinutes(16));
        assertThatThrownBy(() -> provider.authenticate(token("analyst", "wrong")))
                .as("only one failure inside the window now")
                .isInstanceOf(BadCredentialsException.class);
        assertThat(provider.authenticate(token("analyst", "demo")).isAuthenticated())
                .isTrue();
    }

    @Test
    void successResetsTheCount() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> provider.authenticate(token("analyst", "wrong")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        provider.authenticate(token("analyst", "demo"));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> provider.authenticate(token("analyst", "wrong")))
                    .isInstanceOf(BadCredentialsException.class);
        }
    }

    private static UsernamePasswordAuthenticationToken token(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }
}
