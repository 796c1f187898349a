package app.neodesk.team;

import java.time.Duration;
import java.util.Optional;

/**
 * What the user admin needs from sign-in throttling: whether a user name is blocked, and lifting
 * the block. Security implements it ({@code SignInBlockService}, admin only), so that team does
 * not depend on security, which depends on team for its users.
 */
public interface SignInBlocks {

    /** How long sign-in stays blocked for this user name, if it is blocked now. */
    Optional<Duration> blockedFor(String username);

    /**
     * Lifts the block on the user name and forgets its failed attempts.
     *
     * @return false if the name was not blocked (nothing changed)
     */
    boolean unblock(String username);
}
