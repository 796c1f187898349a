package app.neodesk.team;

/**
 * A user changed their own password. Published inside the change's transaction; once it has
 * committed, the security layer ends the user's other open sessions (a session that used the old
 * password, perhaps someone else's, must not outlive it) and keeps the one that made the change.
 *
 * @param username the user who changed their password
 */
public record OwnPasswordChanged(String username) {}
