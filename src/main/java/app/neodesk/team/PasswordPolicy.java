package app.neodesk.team;

import app.neodesk.base.ValidationException;
import java.nio.charset.StandardCharsets;

/** Rules for real passwords. Demo accounts are the only exception, and only in demo mode. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /**
     * bcrypt reads at most 72 bytes (UTF-8), and refuses to hash more. A letter of a Latin script
     * takes 1–2 bytes, a Chinese character 3: 72 bytes are 72 ASCII letters or 24 Chinese characters.
     * Password fields set no length limit of their own: a browser would cut a pasted password
     * silently, while this rule says what is wrong.
     */
    public static final int MAX_BYTES = 72;

    /** The rules in words, for the helper text under password fields. */
    public static final String HINT = "At least " + MIN_LENGTH + " characters, at most " + MAX_BYTES
            + " bytes (72 plain letters or 24 Chinese characters)";

    private PasswordPolicy() {}

    /** @throws ValidationException naming the rule the password breaks */
    public static void check(String username, String password) {
        if (password == null || password.isBlank()) {
            throw new ValidationException("password", "Enter a password");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new ValidationException("password", "The password needs at least " + MIN_LENGTH + " characters");
        }
        int bytes = password.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new ValidationException(
                    "password",
                    "The password is too long: at most " + MAX_BYTES
                            + " bytes, e.g. 72 plain letters and digits or 24 Chinese characters (this one has "
                            + bytes + " bytes)");
        }
        if (password.strip().equalsIgnoreCase(username)) {
            throw new ValidationException("password", "The password cannot be the user name");
        }
    }
}
