package app.neodesk.team;

import app.neodesk.audit.AuditAction;
import app.neodesk.audit.AuditService;
import app.neodesk.base.ConcurrentEditException;
import app.neodesk.base.CurrentUser;
import app.neodesk.base.NotFoundException;
import app.neodesk.base.ValidationException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts: admins manage them, every user may change their own password. A change to what a
 * user may do or see (enabled, roles, teams, a password reset) publishes {@link AccountChanged},
 * which ends that user's open sessions after commit; an admin's edits of their own account do not
 * end their own sessions.
 */
@Service
public class UserService {

    static final String ENTITY = "User";

    private final AppUserRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final TeamRepository teams;

    UserService(
            AppUserRepository repository,
            PasswordEncoder passwordEncoder,
            AuditService audit,
            ApplicationEventPublisher events,
            TeamRepository teams) {
        this.repository = repository;
        this.teams = teams;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.events = events;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Slice<AppUser> search(@Nullable String text, Pageable pageable) {
        return repository.search(text == null ? "" : text.strip(), pageable).map(AppUser::withRolesAndTeams);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AppUser> findAll() {
        return repository.findAll().stream()
                .map(AppUser::withRolesAndTeams)
                .sorted(Comparator.comparing(AppUser::getUsername))
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public AppUser get(long id) {
        return repository
                .findById(id)
                .orElseThrow(() -> new NotFoundException(ENTITY))
                .withRolesAndTeams();
    }

    /**
     * Whether the signed-in user signed in with a one-time or reset password and must change it
     * before anything else. One column: the check runs before every navigation.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return repository.findMustChangePassword(currentUsername()).orElseThrow(() -> new NotFoundException(ENTITY));
    }

    /** The signed-in user's own account. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AppUser currentUser() {
        return repository
                .findByUsername(currentUsername())
                .orElseThrow(() -> new NotFoundException(ENTITY))
                .withRolesAndTeams();
    }

    /**
     * The signed-in user's own display preferences (theme, colour of an up move); the defaults for a
     * signed-in name without an account row, so a page can always be drawn.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public DisplayPreferences ownDisplayPreferences() {
        return repository
                .findByUsername(currentUsername())
                .map(AppUser::getDisplayPreferences)
                .orElse(DisplayPreferences.DEFAULT);
    }

    /**
     * Saves the signed-in user's choice of light, dark or the system's theme. Only ever the caller's
     * own account: the user comes from the security context, never from a parameter.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public DisplayPreferences changeOwnThemeMode(ThemeMode mode) {
        Objects.requireNonNull(mode, "mode");
        if (repository.updateThemeMode(currentUsername(), mode) != 1) {
            throw new NotFoundException(ENTITY);
        }
        return currentUser().getDisplayPreferences();
    }

    /** Saves the signed-in user's colour of an up move (red in China, green internationally). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public DisplayPreferences changeOwnRiseColor(RiseColor color) {
        Objects.requireNonNull(color, "color");
        if (repository.updateRiseColor(currentUsername(), color) != 1) {
            throw new NotFoundException(ENTITY);
        }
        return currentUser().getDisplayPreferences();
    }

    /**
     * Creates a user with an initial password that must be changed at first sign-in.
     *
     * @throws ValidationException if the name is taken or the password breaks the policy
     * @throws NotFoundException   if one of the teams does not exist
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AppUser create(UserData data, String initialPassword) {
        if (repository.existsByUsername(data.username())) {
            throw new ValidationException("username", "The user name '" + data.username() + "' is taken");
        }
        PasswordPolicy.check(data.username(), initialPassword);
        var user = new AppUser(data.username(), data.displayName());
        user.apply(data, teamsOf(data));
        user.setPasswordHash(hash(initialPassword));
        user.setMustChangePassword(true);
        AppUser saved;
        try {
            saved = repository.saveAndFlush(user);
        } catch (DataIntegrityViolationException e) {
            throw new ValidationException("username", "The user name '" + data.username() + "' is taken");
        }
        audit.record(ENTITY, saved.getId(), AuditAction.CREATE, describe(saved));
        return saved.withRolesAndTeams();
    }

    /**
     * Changes name, roles, teams and the enabled flag of an existing user. The user name never
     * changes, and the password is not touched.
     *
     * @param version the version the admin edited; another one means someone else saved meanwhile
     * @throws NotFoundException       if there is no such user, or one of the teams does not exist
     * @throws ValidationException     if the user name differs, or an admin would lock themselves out
     * @throws ConcurrentEditException if someone else saved the user since {@code version}
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AppUser update(long id, long version, UserData data) {
        var user = repository.findById(id).orElseThrow(() -> new NotFoundException(ENTITY));
        user.requireVersion(version, "User " + user.getUsername());
        if (!user.getUsername().equals(data.username())) {
            throw new ValidationException("username", "A user name cannot change once the user is created");
        }
        if (user.getUsername().equals(currentUsername())) {
            if (!data.roles().contains(Role.ADMIN)) {
                throw new ValidationException("roles", "You cannot remove your own admin role");
            }
            if (!data.enabled()) {
                throw new ValidationException("enabled", "You cannot disable your own account");
            }
        }
        var before = Access.of(user);
        user.apply(data, teamsOf(data));
        AppUser saved;
        try {
            saved = repository.saveAndFlush(user);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("User " + user.getUsername(), e);
        }
        audit.record(ENTITY, saved.getId(), AuditAction.UPDATE, describe(saved));
        if (!before.equals(Access.of(saved))) {
            accountChanged(saved);
        }
        return saved.withRolesAndTeams();
    }

    private List<Team> teamsOf(UserData data) {
        var found = teams.findAllById(data.teamIds());
        if (found.size() != data.teamIds().size()) {
            throw new NotFoundException("Team");
        }
        return found;
    }

    /** Sets a temporary password that the user must change at next sign-in. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resetPassword(long userId, String temporaryPassword) {
        var user = get(userId);
        PasswordPolicy.check(user.getUsername(), temporaryPassword);
        user.setPasswordHash(hash(temporaryPassword));
        user.setMustChangePassword(true);
        audit.record(ENTITY, user.getId(), AuditAction.PASSWORD, user.getUsername() + ": password reset by an admin");
        accountChanged(user);
    }

    /**
     * Changes the signed-in user's own password.
     *
     * @throws ValidationException if the current password is wrong or the new one breaks the policy
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        var user = currentUser();
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new ValidationException("currentPassword", "The current password is not correct");
        }
        PasswordPolicy.check(user.getUsername(), newPassword);
        if (passwordEncoder.matches(newPassword, user.getPasswordHash())) {
            throw new ValidationException("password", "Choose a password different from the current one");
        }
        user.setPasswordHash(hash(newPassword));
        user.setMustChangePassword(false);
        audit.record(ENTITY, user.getId(), AuditAction.PASSWORD, user.getUsername() + ": changed own password");
        events.publishEvent(new OwnPasswordChanged(user.getUsername()));
    }

    /**
     * Creates a user at start-up (first admin, demo accounts). Not reachable from the UI.
     * {@code checkPolicy} is false only for the documented demo accounts.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AppUser bootstrap(
            String username,
            String displayName,
            String password,
            boolean mustChange,
            boolean checkPolicy,
            Collection<Role> roles,
            Collection<Team> teams) {
        if (checkPolicy) {
            PasswordPolicy.check(username, password);
        }
        var user = new AppUser(username, displayName);
        user.setPasswordHash(hash(password));
        user.setMustChangePassword(mustChange);
        user.setRoles(roles);
        user.setTeams(teams);
        var saved = repository.save(user);
        audit.record(ENTITY, saved.getId(), AuditAction.CREATE, describe(saved) + " (created at start-up)");
        return saved.withRolesAndTeams();
    }

    /**
     * The recovery command at start-up: gives an existing account a one-time password that must
     * be changed at the next sign-in, enables it and makes sure it is an admin. Not reachable from
     * the UI or over HTTP.
     *
     * @throws NotFoundException if there is no such user
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AppUser recoverAdmin(String username, String oneTimePassword) {
        var user = repository.findByUsername(username.strip()).orElseThrow(() -> new NotFoundException(ENTITY));
        var changes = new StringBuilder(user.getUsername()).append(": one-time password set by the recovery command");
        if (!user.isEnabled()) {
            user.setEnabled(true);
            changes.append(", account enabled");
        }
        if (!user.hasRole(Role.ADMIN)) {
            var roles = user.getRoles();
            roles.add(Role.ADMIN);
            user.setRoles(roles);
            changes.append(", admin role added");
        }
        user.setPasswordHash(hash(oneTimePassword));
        user.setMustChangePassword(true);
        audit.record(ENTITY, user.getId(), AuditAction.PASSWORD, changes.toString());
        events.publishEvent(new AccountChanged(user.getUsername()));
        return user.withRolesAndTeams();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public boolean hasAnyUser() {
        return repository.count() > 0;
    }

    private static String describe(AppUser user) {
        return user.getUsername() + ": " + user.getDisplayName()
                + ", roles=" + user.getRoles().stream().map(Role::name).sorted().collect(Collectors.joining("+"))
                + ", teams="
                + user.getTeams().stream().map(Team::getName).sorted().collect(Collectors.joining("+"))
                + ", enabled=" + user.isEnabled();
    }

    /** Ends the user's sessions after commit, unless an admin is changing their own account. */
    private void accountChanged(AppUser user) {
        if (!user.getUsername().equals(currentUsername())) {
            events.publishEvent(new AccountChanged(user.getUsername()));
        }
    }

    /** What a user may do and see; a change to it ends the user's sessions. */
    private record Access(boolean enabled, Set<Role> roles, Set<Long> teamIds) {
        static Access of(AppUser user) {
            return new Access(
                    user.isEnabled(),
                    user.getRoles(),
                    user.getTeams().stream().map(Team::getId).collect(Collectors.toSet()));
        }
    }

    static String currentUsername() {
        return CurrentUser.username().orElse("");
    }

    /** The stored hash of a password (the encoder answers null only for a null password). */
    private String hash(String password) {
        return Objects.requireNonNull(passwordEncoder.encode(password));
    }
}
