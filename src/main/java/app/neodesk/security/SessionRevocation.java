package app.neodesk.security;

import app.neodesk.team.AccountChanged;
import app.neodesk.team.OwnPasswordChanged;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends a user's open sessions once an admin's change to their account has committed: each of
 * their sessions in the {@link SessionRegistry} is marked expired, and the session filter signs it
 * out at its next request (a page load, or any message of an open Vaadin tab). Signing in again
 * reads the new roles, teams and enabled flag.
 */
@Component
class SessionRevocation {

    private static final Logger log = LoggerFactory.getLogger(SessionRevocation.class);

    private final SessionRegistry registry;

    SessionRevocation(SessionRegistry registry) {
        this.registry = registry;
    }

    @TransactionalEventListener
    void on(AccountChanged event) {
        int ended = expireSessionsOf(event.username());
        if (ended > 0) {
            log.info("Ended {} open session(s) of '{}' after a change to the account", ended, event.username());
        }
    }

    /** After a user changed their own password: their other sessions end, the one that changed it stays. */
    @TransactionalEventListener
    void on(OwnPasswordChanged event) {
        var keep = currentSessionId();
        int ended = expireSessionsOf(event.username(), keep);
        if (ended > 0) {
            log.info("Ended {} other open session(s) of '{}' after a password change", ended, event.username());
        }
    }

    /** Marks every open session of the user as expired; returns how many. */
    int expireSessionsOf(String username) {
        return expireSessionsOf(username, null);
    }

    private int expireSessionsOf(String username, @Nullable String keepSessionId) {
        int count = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (username.equals(nameOf(principal))) {
                for (var session : registry.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(keepSessionId)) {
                        session.expireNow();
                        count++;
                    }
                }
            }
        }
        return count;
    }

    /** The HTTP session of the request being handled, if any (Spring's request context covers Vaadin's requests). */
    static @Nullable String currentSessionId() {
        var attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            var session = servlet.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }

    private static String nameOf(Object principal) {
        return principal instanceof UserDetails user ? user.getUsername() : String.valueOf(principal);
    }
}
