package app.neodesk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskViewTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A tab whose browser was killed stops sending heartbeats: after three missed heartbeats its UI is
 * closed without waiting for a request, and the session left without UIs is ended. A tab that keeps
 * sending heartbeats is never touched.
 */
@NeodeskViewTest
class DeadUiSweeperTest extends SpringBrowserlessTest {

    @Autowired
    DeadUiSweeper sweeper;

    @Test
    void deadAfterIsThreeHeartbeatIntervalsOfTwoMinutes() {
        assertThat(DeadUiSweeper.deadAfterMillis(VaadinSession.getCurrent().getService()))
                .isEqualTo(6 * 60_000L);
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void aTabThatKeepsSendingHeartbeatsStaysOpen() {
        var ui = UI.getCurrent();
        var session = VaadinSession.getCurrent();
        long now = System.currentTimeMillis();
        long deadAfter = DeadUiSweeper.deadAfterMillis(session.getService());
        ui.getInternals().setLastHeartbeatTimestamp(now - deadAfter + 1_000);
        session.setLastRequestTimestamp(now - deadAfter - 1_000);
        sweeper.sweep(session, now);
        assertThat(session.getUIs()).containsExactly(ui);
        assertThat(ui.isClosing()).isFalse();
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void aTabThatMissedThreeHeartbeatsIsClosedAndItsEmptySessionEnded() {
        var ui = UI.getCurrent();
        var session = VaadinSession.getCurrent();
        long now = System.currentTimeMillis();
        long deadAfter = DeadUiSweeper.deadAfterMillis(session.getService());
        ui.getInternals().setLastHeartbeatTimestamp(now - deadAfter - 1_000);
        session.setLastRequestTimestamp(now - deadAfter - 1_000);
        var httpSession = session.getSession();
        sweeper.sweep(session, now);
        assertThat(ui.isClosing()).isTrue();
        assertThat(session.getUIs()).isEmpty();
        assertThat(isInvalid(httpSession)).as("the session is ended").isTrue();
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void aSessionWithARecentRequestIsKeptEvenWithoutUis() {
        var ui = UI.getCurrent();
        var session = VaadinSession.getCurrent();
        long now = System.currentTimeMillis();
        long deadAfter = DeadUiSweeper.deadAfterMillis(session.getService());
        ui.getInternals().setLastHeartbeatTimestamp(now - deadAfter - 1_000);
        session.setLastRequestTimestamp(now - 1_000); // e.g. a page load in progress
        var httpSession = session.getSession();
        sweeper.sweep(session, now);
        assertThat(session.getUIs()).isEmpty();
        assertThat(isInvalid(httpSession)).isFalse();
    }

    private static boolean isInvalid(WrappedSession session) {
        try {
            session.getAttributeNames();
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }
}
