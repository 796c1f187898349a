package app.neodesk.team;

import app.neodesk.base.ValidationException;

/** Rules for real passwords. Demo accounts are the only exception, and only in demo mode. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; 64 characters keeps multi-byte input safely below that. */
    public static final int MAX_LENGTH = 64;

    private PasswordPolicy() {
    }

    /** @throws ValidationException naming the rule the password breaks */
    public static void check(String username, String password) {
        if (password == null || password.isBlank()) {
            throw new ValidationException("password", "Enter a password");
        }
        if (password.length() < MIN_LENGTH) {
            throw new ValidationException("password", "The password needs at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw new ValidationException("password", "The password can have at most " + MAX_LENGTH + " characters");
        }
        if (password.strip().equalsIgnoreCase(username)) {
            throw new ValidationException("password", "The password cannot be the user name");
        }
    }
}
