package app.neodesk.driver;

/**
 * Who is reading, from the security context (never from parameters): the user name, and whether
 * the user is an admin. Queries match the user's own annotations and teams by the name, which
 * never changes.
 */
record Viewer(String username, boolean admin) {}
