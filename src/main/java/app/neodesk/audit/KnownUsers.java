package app.neodesk.audit;

import java.util.List;

/**
 * The user names an admin can filter the audit trail by. Team provides them: team records into
 * the audit trail, so the audit package does not depend on team.
 */
public interface KnownUsers {

    /** Every user name, sorted. */
    List<String> usernames();
}
