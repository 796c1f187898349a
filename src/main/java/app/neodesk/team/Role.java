package app.neodesk.team;

/**
 * What a user may do. Roles are explicit: an admin who should also enter quotes has ADMIN, and
 * services name every role they accept.
 */
public enum Role {
    /** A trader: reads quotes, charts and drivers, writes own and team annotations. */
    VIEWER("Viewer (trader)"),
    /** Also enters, corrects and imports quotes. */
    ANALYST("Analyst"),
    /** Manages products, sources, users, teams and roles; sees the audit trail. */
    ADMIN("Admin");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
