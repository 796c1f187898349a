package app.neodesk.audit;

public enum AuditAction {
    CREATE,
    UPDATE,
    CORRECT,
    DELETE,
    IMPORT,
    LOGIN_LOCKED,
    PASSWORD
}
