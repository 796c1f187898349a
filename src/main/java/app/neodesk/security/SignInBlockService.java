package app.neodesk.security;

import app.neodesk.audit.AuditAction;
import app.neodesk.audit.AuditService;
import app.neodesk.team.AppUser;
import app.neodesk.team.AppUserRepository;
import app.neodesk.team.SignInBlocks;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins see which user names are blocked from signing in, and lift a block (audited). */
@Service
public class SignInBlockService implements SignInBlocks {

    private final LoginAttemptService attempts;
    private final AppUserRepository users;
    private final AuditService audit;

    SignInBlockService(LoginAttemptService attempts, AppUserRepository users, AuditService audit) {
        this.attempts = attempts;
        this.users = users;
        this.audit = audit;
    }

    /** How long sign-in stays blocked for this user name, if it is blocked now. */
    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<Duration> blockedFor(String username) {
        return attempts.blockedFor(username);
    }

    /**
     * Lifts the block on the user name and forgets its failed attempts.
     *
     * @return false if the name was not blocked (nothing changed)
     */
    @Override
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public boolean unblock(String username) {
        if (!attempts.unblock(username)) {
            return false;
        }
        var id = users.findByUsername(username).map(AppUser::getId).orElse(null);
        audit.record("User", id, AuditAction.UPDATE, username + ": sign-in block lifted by an admin");
        return true;
    }
}
