package app.neodesk.ops;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Frees the UIs of browser tabs that died without saying so (a killed browser, a lost network), and
 * then their empty sessions, without waiting for another request of the same session: Vaadin only
 * cleans a session when one of its requests arrives, so a killed browser's charts stayed in the heap
 * until the session timed out hours later. Every minute this sweep closes each UI whose heartbeat is
 * older than three heartbeat intervals (Vaadin's own rule), and ends a session left without UIs and
 * without a request for as long. Open tabs keep sending heartbeats and are never touched.
 */
@Component
class DeadUiSweeper implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(DeadUiSweeper.class);
    static final int MISSED_HEARTBEATS = 3;

    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.add(init.getSession()));
        event.getSource().addSessionDestroyListener(destroy -> sessions.remove(destroy.getSession()));
    }

    @Scheduled(
            fixedDelayString = "${neodesk.sessions.sweep-interval:60s}",
            initialDelayString = "${neodesk.sessions.sweep-interval:60s}")
    void sweep() {
        long now = System.currentTimeMillis();
        for (var session : List.copyOf(sessions)) {
            session.access(() -> sweep(session, now));
        }
    }

    /** Closes the session's dead UIs, and ends the session when nothing is left; call with its lock held. */
    void sweep(VaadinSession session, long now) {
        var service = session.getService();
        long deadAfter = deadAfterMillis(service);
        if (deadAfter <= 0) {
            return;
        }
        int closed = 0;
        for (var ui : List.copyOf(session.getUIs())) {
            if (isDead(ui, now, deadAfter)) {
                ui.close();
                session.removeUI(ui);
                closed++;
            }
        }
        if (closed > 0) {
            log.debug("Closed {} UI(s) whose heartbeats stopped", closed);
        }
        if (session.getUIs().isEmpty() && now - session.getLastRequestTimestamp() > deadAfter) {
            sessions.remove(session);
            var wrapped = session.getSession();
            if (wrapped != null) {
                try {
                    wrapped.invalidate();
                } catch (IllegalStateException alreadyInvalid) {
                    // the container ended it meanwhile
                }
            }
        }
    }

    static boolean isDead(UI ui, long now, long deadAfterMillis) {
        return now - ui.getInternals().getLastHeartbeatTimestamp() > deadAfterMillis;
    }

    /** Three heartbeat intervals, or 0 when heartbeats are switched off (then nothing is judged dead). */
    static long deadAfterMillis(VaadinService service) {
        int interval = service.getDeploymentConfiguration().getHeartbeatInterval();
        return interval <= 0 ? 0 : interval * 1000L * MISSED_HEARTBEATS;
    }
}
