package app.neodesk.team;

import app.neodesk.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.Hibernate;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/** A person who signs in. Roles and teams are loaded with the user: both are small. */
@Entity
@Table(name = "app_user")
@BatchSize(size = 50) // the authors of a page of drivers load in one statement
public class AppUser extends AbstractEntity {

    public static final int USERNAME_MAX_LENGTH = 50;
    public static final int DISPLAY_NAME_MAX_LENGTH = 100;
    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]*";
    public static final String USERNAME_MESSAGE =
            "Lowercase letters, digits, '.', '_' and '-' only, starting with a letter or digit";
    public static final String SORT_USERNAME = "username";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    private @Nullable Long id;

    @NotBlank(message = "Enter a user name")
    @Size(max = USERNAME_MAX_LENGTH, message = "At most " + USERNAME_MAX_LENGTH + " characters")
    @Pattern(regexp = USERNAME_PATTERN, message = USERNAME_MESSAGE)
    @Column(nullable = false, length = USERNAME_MAX_LENGTH, updatable = false)
    private String username = "";

    @NotBlank(message = "Enter the person's name")
    @Size(max = DISPLAY_NAME_MAX_LENGTH, message = "At most " + DISPLAY_NAME_MAX_LENGTH + " characters")
    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX_LENGTH)
    private String displayName = "";

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash = "";

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    // Display preferences: written only by UserService's own-preference updates (one column each,
    // without a version bump), never by saving the entity, so an admin's edit of the account and
    // the user's menu choice cannot overwrite or block each other.
    @Enumerated(EnumType.STRING)
    @Column(name = "theme_mode", nullable = false, length = 10, updatable = false)
    private ThemeMode themeMode = ThemeMode.SYSTEM;

    @Enumerated(EnumType.STRING)
    @Column(name = "rise_color", length = 5, updatable = false)
    private @Nullable RiseColor riseColor;

    @NotEmpty(message = "Give the user at least one role")
    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 50)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToMany(fetch = FetchType.LAZY)
    @BatchSize(size = 50)
    @JoinTable(
            name = "app_user_team",
            joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "team_id"))
    private Set<Team> teams = new HashSet<>();

    protected AppUser() {}

    public AppUser(String username, String displayName) {
        this.username = username;
        this.displayName = displayName;
    }

    @Override
    public @Nullable Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    /** Takes the edited values (already trimmed by {@link UserData}) and the teams of its ids. */
    void apply(UserData data, Collection<Team> teamsOfData) {
        displayName = data.displayName();
        enabled = data.enabled();
        setRoles(data.roles());
        setTeams(teamsOfData);
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }

    public DisplayPreferences getDisplayPreferences() {
        return new DisplayPreferences(themeMode, riseColor);
    }

    /**
     * Loads the roles and teams (LAZY, batch-fetched) while the service's transaction is open, for
     * a caller that reads them after it: a grid, a form, the dashboard's greeting.
     */
    AppUser withRolesAndTeams() {
        Hibernate.initialize(roles);
        Hibernate.initialize(teams);
        return this;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    void setRoles(Collection<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Set<Team> getTeams() {
        return new LinkedHashSet<>(teams);
    }

    void setTeams(Collection<Team> teams) {
        this.teams.clear();
        this.teams.addAll(teams);
    }

    void addTeam(Team team) {
        teams.add(team);
    }

    void removeTeam(Team team) {
        teams.remove(team);
    }

    @Override
    public String toString() {
        return displayName + " (" + username + ")";
    }
}
