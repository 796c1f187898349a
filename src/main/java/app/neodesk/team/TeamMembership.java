package app.neodesk.team;

import org.jspecify.annotations.Nullable;

/** One row of a user's team memberships: the user's id and one team's id, null for a user in no team. */
public record TeamMembership(long userId, @Nullable Long teamId) {}
