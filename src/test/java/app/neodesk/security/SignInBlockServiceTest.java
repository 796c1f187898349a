package app.neodesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.NeodeskSpringTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Only admins see and lift sign-in blocks. */
@NeodeskSpringTest
class SignInBlockServiceTest {

    @Autowired
    SignInBlockService blocks;

    @Autowired
    LoginAttemptService attempts;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminSeesAndLiftsABlock() {
        block("blocked.by.name");
        assertThat(blocks.blockedFor("blocked.by.name")).contains(Duration.ofMinutes(15));
        assertThat(blocks.unblock("Blocked.By.Name "))
                .as("the name as typed at sign-in")
                .isTrue();
        assertThat(attempts.blockedFor("blocked.by.name")).isEmpty();
        assertThat(blocks.unblock("blocked.by.name")).as("nothing left to lift").isFalse();
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void analystCannotSeeOrLiftBlocks() {
        assertDenied();
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void viewerCannotSeeOrLiftBlocks() {
        assertDenied();
    }

    private void assertDenied() {
        block("still.blocked");
        assertThatThrownBy(() -> blocks.blockedFor("still.blocked")).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> blocks.unblock("still.blocked")).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(attempts.blockedFor("still.blocked")).isPresent();
    }

    private void block(String username) {
        for (int i = 0; i < 5; i++) {
            attempts.failed(username);
        }
    }
}
