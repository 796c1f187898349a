package app.neodesk.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What an admin edits of a {@link Team}: the form binds it, and {@link TeamService#create} and
 * {@link TeamService#update} take it with the members. The name is trimmed; an empty description
 * is none.
 */
public record TeamData(
        @NotBlank(message = "Enter a team name")
        @Size(max = Team.NAME_MAX_LENGTH, message = "At most " + Team.NAME_MAX_LENGTH + " characters")
        String name,

        @Size(max = Team.DESCRIPTION_MAX_LENGTH, message = "At most " + Team.DESCRIPTION_MAX_LENGTH + " characters")
        @Nullable
        String description) {

    public TeamData {
        name = name == null ? "" : name.strip();
        description = description == null || description.isBlank() ? null : description.strip();
    }

    /** The values of a new team: all empty. */
    public static TeamData blank() {
        return new TeamData("", null);
    }

    /** The values of a stored team. */
    public static TeamData of(Team team) {
        return new TeamData(team.getName(), team.getDescription());
    }
}
