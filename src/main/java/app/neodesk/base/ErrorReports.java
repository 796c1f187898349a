package app.neodesk.base;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Turns any exception into a message a user may read. Exceptions written for users (validation,
 * not found, concurrent edit, {@link UserMessageException}) keep their own text; everything else is logged in full under a
 * short error id, and the user sees only a plain sentence with that id. No SQL, class name or
 * stack trace ever reaches a screen through here.
 */
public final class ErrorReports {

    private static final Logger log = LoggerFactory.getLogger(ErrorReports.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the user reads, and the id under which the detail was logged (empty for user errors). */
    public record UserMessage(String text, String errorId) {

        public boolean logged() {
            return !errorId.isEmpty();
        }
    }

    private ErrorReports() {}

    /** A new id such as {@code 7F3A9C21}: short enough to read out on the phone, unique enough for a log search. */
    public static String newId() {
        var bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    /** The message for a user; unexpected failures are logged at ERROR with their id. */
    public static UserMessage describe(Throwable error) {
        var userError = find(
                error,
                ValidationException.class,
                NotFoundException.class,
                ConcurrentEditException.class,
                UserMessageException.class);
        if (userError != null) {
            return new UserMessage(String.valueOf(userError.getMessage()), "");
        }
        if (find(error, AccessDeniedException.class) != null) {
            return new UserMessage(
                    "You are not allowed to do this. If your role was changed recently, " + "sign in again.", "");
        }
        var id = newId();
        log.error("Error {}: {}", id, error.toString(), error);
        if (find(error, ConcurrencyFailureException.class) != null) {
            return new UserMessage(
                    "Someone else was changing the same data at this moment. Nothing was saved "
                            + "by this action; try again in a moment (error id " + id + ").",
                    id);
        }
        if (find(error, DataIntegrityViolationException.class) != null) {
            return new UserMessage(
                    "The database refused the change, so nothing was saved. Reload and check "
                            + "for a conflicting entry (error id " + id + ").",
                    id);
        }
        return new UserMessage(unexpected(id), id);
    }

    /** The sentence shown for an unexpected failure. */
    public static String unexpected(String id) {
        return "Something went wrong on our side (error id " + id + "). The details are logged; "
                + "try again, and if it happens again give this id to an administrator.";
    }

    /** The first exception in the cause chain that is one of the types, or null. */
    @SafeVarargs
    private static @Nullable Throwable find(Throwable error, Class<? extends Throwable>... types) {
        int depth = 0;
        for (Throwable t = error; t != null && depth < 20; t = t.getCause(), depth++) {
            for (var type : types) {
                if (type.isInstance(t)) {
                    return t;
                }
            }
        }
        return null;
    }
}
