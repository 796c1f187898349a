package app.neodesk.team;

import app.neodesk.audit.AuditAction;
import app.neodesk.audit.AuditService;
import app.neodesk.base.ConcurrentEditException;
import app.neodesk.base.NotFoundException;
import app.neodesk.base.ValidationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teams (desks) and their members. Admins manage them; members see their own teams. Joining or
 * leaving a team changes what a user sees, so it ends that user's open sessions
 * ({@link AccountChanged}).
 */
@Service
public class TeamService {

    static final String ENTITY = "Team";

    private final TeamRepository repository;
    private final AppUserRepository users;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    TeamService(
            TeamRepository repository, AppUserRepository users, AuditService audit, ApplicationEventPublisher events) {
        this.repository = repository;
        this.users = users;
        this.audit = audit;
        this.events = events;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Team> findAll() {
        return repository.findAll(Sort.by(Team.SORT_NAME));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Slice<Team> search(@Nullable String text, Pageable pageable) {
        return repository.findByNameContainingIgnoreCase(
                text == null ? "" : text.strip(),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Team.SORT_NAME)));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Team get(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException(ENTITY));
    }

    /** The teams of the signed-in user, e.g. to share an annotation with. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<Team> myTeams() {
        return users.findByUsername(UserService.currentUsername())
                .map(AppUser::getTeams)
                .orElse(Set.of());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AppUser> members(long teamId) {
        return users.findByTeam(teamId);
    }

    /**
     * Creates a team with exactly these members.
     *
     * @throws ValidationException if the name is taken (field "name")
     * @throws NotFoundException   if a member does not exist
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Team create(TeamData data, Collection<Long> memberIds) {
        checkName(data.name(), null);
        var saved = write(Team.of(data));
        var changed = setMembers(saved, Set.of(), memberIds);
        finish(saved, AuditAction.CREATE, changed);
        return saved;
    }

    /**
     * Changes a team's name and description, and sets its members to exactly {@code memberIds}.
     *
     * @param version the version the admin edited; another one means someone else saved meanwhile
     * @throws NotFoundException       if there is no such team, or a member does not exist
     * @throws ValidationException     if the name is taken (field "name")
     * @throws ConcurrentEditException if someone else saved the team since {@code version}
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Team update(long id, long version, TeamData data, Collection<Long> memberIds) {
        var team = repository.findById(id).orElseThrow(() -> new NotFoundException("Team"));
        team.requireVersion(version, "Team " + team.getName());
        checkName(data.name(), id);
        team.apply(data);
        var saved = write(team);
        var before = users.findByTeam(id);
        var changed = setMembers(saved, before, memberIds);
        finish(saved, AuditAction.UPDATE, changed);
        return saved;
    }

    private void checkName(String name, @Nullable Long id) {
        var sameName = repository.findByNameIgnoreCase(name);
        if (sameName.isPresent() && !Objects.equals(sameName.get().getId(), id)) {
            throw new ValidationException("name", "A team called '" + name + "' already exists");
        }
    }

    private Team write(Team team) {
        try {
            return repository.saveAndFlush(team);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Team " + team.getName(), e);
        } catch (DataIntegrityViolationException e) {
            throw new ValidationException("name", "A team called '" + team.getName() + "' already exists");
        }
    }

    /** Who is a member now, and whose teams changed (their sessions are told). */
    private record Members(List<String> usernames, Set<String> changed) {}

    /** Makes exactly {@code memberIds} members of the team. */
    private Members setMembers(Team team, Collection<AppUser> before, Collection<Long> memberIds) {
        Set<Long> wanted = new HashSet<>(memberIds);
        Set<String> changed = new HashSet<>();
        List<String> usernames = new ArrayList<>();
        Set<Long> was = new HashSet<>();
        for (var current : before) {
            was.add(current.requireId());
            if (!wanted.contains(current.requireId())) {
                current.removeTeam(team);
                changed.add(current.getUsername());
            }
        }
        for (var id : wanted) {
            var member = users.findById(id).orElseThrow(() -> new NotFoundException("User"));
            member.addTeam(team);
            usernames.add(member.getUsername());
            if (!was.contains(id)) {
                changed.add(member.getUsername());
            }
        }
        usernames.sort(null);
        return new Members(usernames, changed);
    }

    /** Tells the changed users' sessions (not the admin's own) and audits the team with its members. */
    private void finish(Team saved, AuditAction action, Members members) {
        var notify = new HashSet<>(members.changed());
        notify.remove(UserService.currentUsername());
        notify.forEach(username -> events.publishEvent(new AccountChanged(username)));
        audit.record(
                ENTITY, saved.getId(), action, saved.getName() + ": members=" + String.join(", ", members.usernames()));
    }

    /** Creates a team at start-up (demo data). Not reachable from the UI. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Team bootstrap(String name, @Nullable String description) {
        var saved = repository.save(Team.of(new TeamData(name, description)));
        audit.record(ENTITY, saved.getId(), AuditAction.CREATE, name + " (created at start-up)");
        return saved;
    }
}
