package app.neodesk.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an admin edits of a user account: the form binds it, and {@link UserService#create} and
 * {@link UserService#update} take it. The user name is set once, at creation. Teams go by id. The
 * password and the user's own display preferences are not part of it.
 */
public record UserData(
        @NotBlank(message = "Enter a user name")
        @Size(max = AppUser.USERNAME_MAX_LENGTH, message = "At most " + AppUser.USERNAME_MAX_LENGTH + " characters")
        @Pattern(regexp = AppUser.USERNAME_PATTERN, message = AppUser.USERNAME_MESSAGE)
        String username,

        @NotBlank(message = "Enter the person's name")
        @Size(
                max = AppUser.DISPLAY_NAME_MAX_LENGTH,
                message = "At most " + AppUser.DISPLAY_NAME_MAX_LENGTH + " characters")
        String displayName,

        @NotEmpty(message = "Give the user at least one role")
        Set<Role> roles,

        Set<Long> teamIds,
        boolean enabled) {

    public UserData {
        username = username == null ? "" : username.strip();
        displayName = displayName == null ? "" : displayName.strip();
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        teamIds = teamIds == null ? Set.of() : Set.copyOf(teamIds);
    }

    /** The values of a new account: no roles yet, no teams, enabled. */
    public static UserData blank() {
        return new UserData("", "", Set.of(), Set.of(), true);
    }

    /** The values of a stored account. */
    public static UserData of(AppUser user) {
        return new UserData(
                user.getUsername(),
                user.getDisplayName(),
                user.getRoles(),
                user.getTeams().stream().map(Team::requireId).collect(Collectors.toSet()),
                user.isEnabled());
    }

    public UserData withDisplayName(String newDisplayName) {
        return new UserData(username, newDisplayName, roles, teamIds, enabled);
    }

    public UserData withRoles(Set<Role> newRoles) {
        return new UserData(username, displayName, newRoles, teamIds, enabled);
    }

    public UserData withTeamIds(Set<Long> newTeamIds) {
        return new UserData(username, displayName, roles, newTeamIds, enabled);
    }

    public UserData withEnabled(boolean newEnabled) {
        return new UserData(username, displayName, roles, teamIds, newEnabled);
    }
}
