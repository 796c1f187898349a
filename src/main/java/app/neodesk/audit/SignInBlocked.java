package app.neodesk.audit;

/** Published when repeated failures block sign-in for a user name; the audit trail records it. */
public record SignInBlocked(String username) {}
