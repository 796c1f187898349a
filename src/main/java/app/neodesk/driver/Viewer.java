package app.neodesk.driver;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is reading, resolved server-side from the security context (never from parameters): the
 * user's id, the ids of their teams, and whether they are an admin.
 */
record Viewer(@Nullable Long userId, String username, Set<Long> teamIds, boolean admin) {

    Viewer {
        teamIds = Set.copyOf(teamIds);
    }
}
