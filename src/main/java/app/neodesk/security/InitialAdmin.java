package app.neodesk.security;

import app.neodesk.team.Role;
import app.neodesk.team.UserService;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Outside demo mode, an empty database gets exactly one admin: from {@code NEODESK_ADMIN_USERNAME}
 * and {@code NEODESK_ADMIN_PASSWORD} when set, otherwise with a generated one-time password that
 * is logged once and must be changed at first sign-in. There is no default password.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "neodesk.demo.enabled", havingValue = "false", matchIfMissing = true)
class InitialAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final UserService users;
    private final String username;
    private final @Nullable String password;

    InitialAdmin(
            UserService users,
            @Value("${neodesk.admin.username:admin}") String username,
            @Value("${neodesk.admin.password:#{null}}") @Nullable String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(@Nullable ApplicationArguments args) {
        SystemAuthentication.run(() -> {
            if (users.hasAnyUser()) {
                return;
            }
            try {
                createFirstAdmin();
            } catch (DataIntegrityViolationException e) {
                // Two nodes started together on an empty database: the other one created the admin.
                if (!users.hasAnyUser()) {
                    throw e;
                }
                log.info("Another node created the first admin meanwhile; this node uses it");
            }
        });
    }

    private void createFirstAdmin() {
        if (password != null && !password.isBlank()) {
            users.bootstrap(username, "Administrator", password, false, true, Set.of(Role.ADMIN), List.of());
            log.info("Created the first admin '{}' from the environment", username);
        } else {
            String oneTime = generate(20);
            users.bootstrap(username, "Administrator", oneTime, true, true, Set.of(Role.ADMIN), List.of());
            log.warn(
                    "Created the first admin '{}' with the one-time password {} - "
                            + "it must be changed at first sign-in. This is shown only once.",
                    username,
                    oneTime);
        }
    }

    static String generate(int length) {
        var random = new SecureRandom();
        var sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
