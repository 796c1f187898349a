package app.neodesk.team;

/**
 * An admin changed what a user may do or see: enabled flag, roles, teams or password. Published
 * inside the change's transaction; the security layer ends the user's open sessions once the
 * change has committed, so their next request signs in again with the new state.
 *
 * @param username the user whose account changed
 */
public record AccountChanged(String username) {}
