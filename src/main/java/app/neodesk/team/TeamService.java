package app.neodesk.team;

import app.neodesk.audit.AuditAction;
import app.neodesk.audit.AuditService;
import app.neodesk.base.ConcurrentEditException;
import app.neodesk.base.NotFoundException;
import app.neodesk.base.ValidationException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
     * Saves a team's name and description, and sets its members to exactly {@code members}.
     *
     * @throws ValidationException     if the name is taken
     * @throws ConcurrentEditException if someone else saved the team in the meantime
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Team save(Team team, Collection<AppUser> members) {
        var sameName = repository.findByNameIgnoreCase(team.getName());
        if (sameName.isPresent() && !sameName.get().equals(team)) {
            throw new ValidationException("name", "A team called '" + team.getName() + "' already exists");
        }
        boolean created = team.isNew();
        Team saved;
        try {
            saved = repository.saveAndFlush(team);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Team " + team.getName(), e);
        } catch (DataIntegrityViolationException e) {
            throw new ValidationException("name", "A team called '" + team.getName() + "' already exists");
        }
        Set<Long> wanted = members.stream().map(AppUser::getId).collect(Collectors.toCollection(HashSet::new));
        Set<String> changed = new HashSet<>();
        Set<Long> before = new HashSet<>();
        if (!created) {
            for (var current : users.findByTeam(saved.requireId())) {
                before.add(current.getId());
                if (!wanted.contains(current.getId())) {
                    current.removeTeam(saved);
                    changed.add(current.getUsername());
                }
            }
        }
        for (var id : wanted) {
            var member = users.findById(id).orElseThrow(() -> new NotFoundException("User"));
            member.addTeam(saved);
            if (!before.contains(id)) {
                changed.add(member.getUsername());
            }
        }
        changed.remove(UserService.currentUsername());
        changed.forEach(username -> events.publishEvent(new AccountChanged(username)));
        audit.record(
                ENTITY,
                saved.getId(),
                created ? AuditAction.CREATE : AuditAction.UPDATE,
                saved.getName() + ": members="
                        + members.stream().map(AppUser::getUsername).sorted().collect(Collectors.joining(", ")));
        return saved;
    }

    /** Creates a team at start-up (demo data). Not reachable from the UI. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Team bootstrap(String name, @Nullable String description) {
        var team = new Team(name);
        team.setDescription(description);
        var saved = repository.save(team);
        audit.record(ENTITY, saved.getId(), AuditAction.CREATE, name + " (created at start-up)");
        return saved;
    }
}
