package app.neodesk.security;

import app.neodesk.base.NotFoundException;
import app.neodesk.team.UserService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The recovery command for a locked-out admin: start the app with
 * {@code --neodesk.recovery.reset-admin=<username>} (or {@code NEODESK_RECOVERY_RESET_ADMIN}).
 * The account gets a one-time password, printed once to the log, that must be changed at the next
 * sign-in; it is enabled and made an admin if it was not. A restart has already forgotten every
 * sign-in block (they are kept in memory). It is read only at start-up, from the command line or
 * the environment: nothing over HTTP can trigger it.
 */
@Component
@Order(1)
class AdminRecovery implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminRecovery.class);

    private final UserService users;
    private final String username;

    AdminRecovery(UserService users, @Value("${neodesk.recovery.reset-admin:}") String username) {
        this.users = users;
        this.username = username.strip();
    }

    @Override
    public void run(@Nullable ApplicationArguments args) {
        if (username.isEmpty()) {
            return;
        }
        var oneTime = InitialAdmin.generate(20);
        try {
            SystemAuthentication.run(() -> users.recoverAdmin(username, oneTime));
        } catch (NotFoundException e) {
            log.error(
                    "Recovery: there is no user '{}'; nothing was changed. Check the name given to "
                            + "neodesk.recovery.reset-admin.",
                    username);
            return;
        }
        log.warn(
                "Recovery: '{}' is an enabled admin with the one-time password {} - it must be changed at the "
                        + "next sign-in. This is shown only once. Remove neodesk.recovery.reset-admin from the command line "
                        + "or environment now: every start with it sets a new password.",
                username,
                oneTime);
    }
}
