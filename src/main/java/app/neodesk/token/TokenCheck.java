package app.neodesk.token;

/** The outcome of checking a bearer token: accepted, or refused with the reason for the caller. */
sealed interface TokenCheck {

    record Accepted(TokenPrincipal principal) implements TokenCheck {}

    record Refused(String detail) implements TokenCheck {}
}
