package app.neodesk.driver;

import app.neodesk.audit.AuditAction;
import app.neodesk.audit.AuditService;
import app.neodesk.base.ConcurrentEditException;
import app.neodesk.base.Constraints;
import app.neodesk.base.Csv;
import app.neodesk.base.CurrentUser;
import app.neodesk.base.NotFoundException;
import app.neodesk.base.ValidationException;
import app.neodesk.base.Xlsx;
import app.neodesk.team.AppUser;
import app.neodesk.team.AppUserRepository;
import app.neodesk.team.Role;
import app.neodesk.team.Team;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Driver annotations. Every signed-in user may annotate; only the author or an admin may change
 * or delete an annotation. Every read applies the visibility predicate of the signed-in user
 * (resolved here from the security context) inside the query, so a hidden annotation is
 * indistinguishable from a missing one on every path: list, search, permalink, chart markers,
 * dashboard, CSV export and tag suggestions.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class DriverService {

    static final String ENTITY = "Driver";
    public static final int MAX_MARKERS = 1000;
    public static final int MAX_LATEST = 50;
    public static final int MAX_SUGGESTIONS = 50;
    static final int EXPORT_PAGE_SIZE = 500;

    private static final String NEWEST_FIRST = " order by a.startDate desc, a.id desc";

    private final DriverRepository repository;
    private final AppUserRepository users;
    private final AuditService audit;
    private final Validator validator;
    private final EntityManager entityManager;
    private final Clock clock;

    DriverService(
            DriverRepository repository,
            AppUserRepository users,
            AuditService audit,
            Validator validator,
            EntityManager entityManager,
            Clock clock) {
        this.repository = repository;
        this.users = users;
        this.audit = audit;
        this.validator = validator;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    // ---- reads: each one starts from DriverQuery.visibleTo(viewer()) ----

    /** The visible annotations matching the filter, newest first. */
    @Transactional(readOnly = true)
    public Slice<DriverAnnotation> search(DriverFilter filter, Pageable pageable) {
        return page(DriverQuery.visibleTo(viewer()).matching(filter), pageable.getPageNumber(), pageable.getPageSize());
    }

    /** One page of the annotations, newest first; reads one more row to know whether another page follows. */
    private Slice<DriverAnnotation> page(DriverQuery where, int page, int size) {
        var rows = where.bind(entityManager.createQuery(
                        "select a from DriverAnnotation a where " + where.where() + NEWEST_FIRST,
                        DriverAnnotation.class))
                .setFirstResult(Math.multiplyExact(page, size))
                .setMaxResults(size + 1)
                .getResultList();
        boolean more = rows.size() > size;
        return new SliceImpl<>(more ? rows.subList(0, size) : rows, PageRequest.of(page, size), more);
    }

    /**
     * One visible annotation.
     *
     * @throws NotFoundException if it does not exist or the signed-in user may not see it (the same answer)
     */
    @Transactional(readOnly = true)
    public DriverAnnotation get(long id) {
        return findVisible(id, viewer());
    }

    /**
     * The visible annotations on any of the products whose date or range overlaps {@code [from, to]},
     * oldest first, at most {@value #MAX_MARKERS}. Read as columns in one query (no annotation
     * entities with their tags, teams and author): every chart visit asks for them.
     */
    @Transactional(readOnly = true)
    public List<DriverMarker> markersFor(Collection<Long> productIds, LocalDate from, LocalDate to) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        var where = DriverQuery.visibleTo(viewer())
                .andIn("p.id", "product", Set.copyOf(productIds))
                .overlapping(from, to);
        var rows = where.bind(entityManager.createQuery(
                        "select a.id, a.title, a.category, a.direction, a.impact, a.startDate, a.endDate, p.id"
                                + " from DriverAnnotation a join a.products p where " + where.where()
                                + " order by a.startDate, a.id",
                        Tuple.class))
                .setMaxResults(MAX_MARKERS * productIds.size()) // one row per annotation and wanted product
                .getResultList();
        record Found(Tuple row, List<Long> productIds) {}
        var found = new LinkedHashMap<Long, Found>(); // in the query's order, oldest first
        for (Tuple row : rows) {
            found.computeIfAbsent(row.get(0, Long.class), id -> new Found(row, new ArrayList<>()))
                    .productIds()
                    .add(row.get(7, Long.class));
        }
        return found.values().stream()
                .limit(MAX_MARKERS)
                .map(f -> new DriverMarker(
                        f.row().get(0, Long.class),
                        f.row().get(1, String.class),
                        f.row().get(2, DriverCategory.class),
                        f.row().get(3, Direction.class),
                        f.row().get(4, Impact.class),
                        f.row().get(5, LocalDate.class),
                        f.row().get(6, LocalDate.class),
                        f.productIds().stream().sorted().toList()))
                .toList();
    }

    /**
     * The newest visible annotations, for the dashboard (at most {@value #MAX_LATEST}). Read as
     * columns in one query: every dashboard visit asks for them, and a whole annotation would bring
     * its products, tags, teams and author in four more.
     */
    @Transactional(readOnly = true)
    public List<DriverHeadline> latestVisible(int limit) {
        var where = DriverQuery.visibleTo(viewer());
        return where.bind(entityManager.createQuery(
                        "select new app.neodesk.driver.DriverHeadline(a.id, a.title, a.startDate, a.endDate,"
                                + " a.category, a.direction) from DriverAnnotation a where " + where.where()
                                + NEWEST_FIRST,
                        DriverHeadline.class))
                .setMaxResults(Math.clamp(limit, 1, MAX_LATEST))
                .getResultList();
    }

    /**
     * Writes the visible annotations matching the filter as CSV (newest first), page by page, with
     * every cell guarded against CSV injection.
     *
     * @return the number of annotations written
     */
    @Transactional(readOnly = true)
    public int exportCsv(DriverFilter filter, Appendable out) {
        Csv.row(
                out,
                List.of(
                        "id",
                        "date",
                        "end date",
                        "title",
                        "category",
                        "direction",
                        "impact",
                        "products",
                        "tags",
                        "visibility",
                        "teams",
                        "author",
                        "source",
                        "source url",
                        "body"));
        return forEachVisible(filter, a -> Csv.row(out, exportCells(a)));
    }

    /**
     * Writes the visible annotations matching the filter as an Excel workbook (newest first, real date
     * cells), page by page with only a window of rows in memory, and an "About" sheet naming the
     * filter, the sources, the export time and the user. The same annotations as {@link #exportCsv}.
     *
     * @return the number of annotations written
     */
    @Transactional(readOnly = true)
    public int exportXlsx(DriverFilter filter, OutputStream out) throws IOException {
        var columns = List.of(
                new Xlsx.Column("Id", 8),
                new Xlsx.Column("Date", 12),
                new Xlsx.Column("End date", 12),
                new Xlsx.Column("Title", 40),
                new Xlsx.Column("Category", 14),
                new Xlsx.Column("Direction", 12),
                new Xlsx.Column("Impact", 10),
                new Xlsx.Column("Products", 24),
                new Xlsx.Column("Tags", 20),
                new Xlsx.Column("Visibility", 12),
                new Xlsx.Column("Teams", 16),
                new Xlsx.Column("Author", 14),
                new Xlsx.Column("Source", 20),
                new Xlsx.Column("Source URL", 30),
                new Xlsx.Column("Body", 60));
        var sources = new TreeSet<String>();
        try (var book = new Xlsx("Drivers", columns)) {
            int count = forEachVisible(filter, a -> {
                if (a.getSourceName() != null && !a.getSourceName().isBlank()) {
                    sources.add(a.getSourceName());
                }
                book.row(exportCells(a));
            });
            var parameters = filter.toParameters();
            var filters = parameters.isEmpty()
                    ? "none (every annotation visible to the user)"
                    : parameters.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; "));
            book.write(Xlsx.about(filters, String.join(", ", sources), clock, count), out);
            return count;
        }
    }

    private int forEachVisible(DriverFilter filter, Consumer<DriverAnnotation> action) {
        var where = DriverQuery.visibleTo(viewer()).matching(filter);
        int count = 0;
        int page = 0;
        Slice<DriverAnnotation> slice;
        do {
            slice = page(where, page++, EXPORT_PAGE_SIZE);
            for (var a : slice) {
                action.accept(a);
                count++;
            }
            entityManager.clear();
        } while (slice.hasNext());
        return count;
    }

    private static List<@Nullable Object> exportCells(DriverAnnotation a) {
        return Arrays.asList(
                a.getId(),
                a.getStartDate(),
                a.getEndDate(),
                a.getTitle(),
                a.getCategory().label(),
                a.getDirection().label(),
                a.getImpact().label(),
                String.join(" ", a.getProductCodes()),
                String.join(" ", a.getTags()),
                a.getVisibility().label(),
                a.getTeams().stream().map(Team::getName).collect(Collectors.joining("; ")),
                a.getAuthorUsername(),
                a.getSourceName(),
                a.getSourceUrl(),
                a.getBody());
    }

    /** Tags of visible annotations that start with the prefix, alphabetically. */
    @Transactional(readOnly = true)
    public List<String> suggestTags(@Nullable String prefix, int limit) {
        var normalised = DriverAnnotation.normaliseTag(prefix).replace("%", "").replace("_", "");
        var where = DriverQuery.visibleTo(viewer()).and("g like :prefix", "prefix", normalised + "%");
        return where.bind(entityManager.createQuery(
                        "select distinct g from DriverAnnotation a join a.tags g where " + where.where()
                                + " order by g",
                        String.class))
                .setMaxResults(Math.clamp(limit, 1, MAX_SUGGESTIONS))
                .getResultList();
    }

    /** User names of the authors of visible annotations, for the author filter. */
    @Transactional(readOnly = true)
    public List<String> visibleAuthors() {
        var where = DriverQuery.visibleTo(viewer());
        return where.bind(entityManager.createQuery(
                        "select distinct u.username from DriverAnnotation a join a.author u where " + where.where()
                                + " order by u.username",
                        String.class))
                .getResultList();
    }

    /** Whether the signed-in user may edit and delete the annotation: its author or an admin. */
    @Transactional(readOnly = true)
    public boolean canManage(DriverAnnotation annotation) {
        var viewer = viewer();
        return annotation.isNew() || viewer.admin() || isAuthor(annotation, viewer);
    }

    /**
     * The teams an annotation may be shared with: its author's teams, or the signed-in user's own
     * teams for a new annotation ({@code id} null).
     *
     * @throws NotFoundException if there is no such annotation, or it is not visible
     */
    @Transactional(readOnly = true)
    public List<Team> teamChoices(@Nullable Long id) {
        var viewer = viewer();
        var author = id == null
                ? users.findByUsername(viewer.username()).orElse(null)
                : users.findById(findVisible(id, viewer).getAuthor().requireId())
                        .orElse(null);
        return author == null
                ? List.of()
                : author.getTeams().stream()
                        .sorted(Comparator.comparing(Team::getName))
                        .toList();
    }

    // ---- writes ----

    /**
     * Creates an annotation authored by the signed-in user.
     *
     * @throws ValidationException   if a rule is broken (the field names the form field)
     * @throws AccessDeniedException if the signed-in user has no account
     */
    @Transactional
    public DriverAnnotation create(DriverData data) {
        var me = users.findByUsername(viewer().username())
                .orElseThrow(() -> new AccessDeniedException("Only a signed-in user can annotate"));
        return create(data, me, "");
    }

    /**
     * Changes an annotation: what an editor may change, never its author.
     *
     * @param version the version the user edited; another one means someone else saved meanwhile
     * @throws NotFoundException       if the annotation does not exist or is not visible
     * @throws AccessDeniedException   if the signed-in user is neither its author nor an admin
     * @throws ConcurrentEditException if someone else saved it since {@code version}
     * @throws ValidationException     if a rule is broken (the field names the form field)
     */
    @Transactional
    public DriverAnnotation update(long id, long version, DriverData data) {
        var current = loadForChange(id, version);
        var author = users.findById(current.getAuthor().requireId()).orElseThrow(() -> new NotFoundException("User"));
        validate(data, author);
        var before = describe(current);
        current.apply(data);
        current.setUpdatedAt(clock.instant());
        DriverAnnotation saved;
        try {
            saved = repository.saveAndFlush(current);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("This driver", e);
        }
        audit.record(ENTITY, saved.getId(), AuditAction.UPDATE, before + " → " + describe(saved));
        return saved;
    }

    /**
     * Deletes an annotation.
     *
     * @throws NotFoundException     if it does not exist or is not visible
     * @throws AccessDeniedException if the signed-in user is neither its author nor an admin
     */
    @Transactional
    public void delete(long id) {
        var viewer = viewer();
        var current = findVisible(id, viewer);
        requireManage(current, viewer);
        var summary = describe(current);
        repository.delete(current);
        repository.flush();
        audit.record(ENTITY, id, AuditAction.DELETE, summary);
    }

    /**
     * Creates an annotation for a given author at start-up (demo drivers), with the same rules as
     * {@link #create}. Package-private: only the demo seed in this package can write in another author's name.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    DriverAnnotation bootstrap(String authorUsername, DriverData data) {
        var author = users.findByUsername(authorUsername).orElseThrow(() -> new NotFoundException("User"));
        return create(data, author, " (created at start-up)");
    }

    // ---- internals ----

    private DriverAnnotation create(DriverData data, AppUser author, String note) {
        validate(data, author);
        var saved = repository.saveAndFlush(DriverAnnotation.of(data, author, clock.instant()));
        audit.record(ENTITY, saved.getId(), AuditAction.CREATE, describe(saved) + note);
        return saved;
    }

    private DriverAnnotation findVisible(long id, Viewer viewer) {
        var where = DriverQuery.visibleTo(viewer).and("a.id = :id", "id", id);
        return where
                .bind(entityManager.createQuery(
                        "select a from DriverAnnotation a where " + where.where(), DriverAnnotation.class))
                .getResultList()
                .stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(ENTITY));
    }

    /**
     * The annotation to change, loaded in the caller's transaction: visible to the signed-in user,
     * who is its author or an admin, and still at the version the user edited.
     */
    private DriverAnnotation loadForChange(long id, long version) {
        var viewer = viewer();
        var current = findVisible(id, viewer);
        requireManage(current, viewer);
        current.requireVersion(version, "This driver");
        return current;
    }

    private static void requireManage(DriverAnnotation annotation, Viewer viewer) {
        if (!isAuthor(annotation, viewer) && !viewer.admin()) {
            throw new AccessDeniedException("Only the author or an admin can change or delete this driver");
        }
    }

    /** Bean constraints, then the cross-field rules: date range, and team visibility with the author's own teams. */
    private void validate(DriverData data, AppUser author) {
        Constraints.check(validator, data);
        if (!data.hasValidDateRange()) {
            throw new ValidationException("endDate", "The end date cannot be before the start date");
        }
        if (data.visibility() == Visibility.TEAM) {
            if (data.teams().isEmpty()) {
                throw new ValidationException("teams", "Choose at least one team to share with");
            }
            Set<Long> allowed =
                    author.getTeams().stream().map(Team::getId).collect(Collectors.toCollection(HashSet::new));
            boolean foreign = data.teams().stream().map(Team::getId).anyMatch(id -> !allowed.contains(id));
            if (foreign) {
                throw new ValidationException("teams", "An annotation can only be shared with its author's own teams");
            }
        }
    }

    /** The audit summary. A private annotation's content stays out of the audit trail, which admins read. */
    private static String describe(DriverAnnotation a) {
        var author = a.getAuthorUsername();
        if (a.getVisibility() == Visibility.PRIVATE) {
            return "private annotation of " + author;
        }
        return a.getTitle() + " [" + a.getCategory().label() + ", "
                + a.getDirection().label()
                + ", " + a.getStartDate() + (a.getEndDate() == null ? "" : "–" + a.getEndDate())
                + ", products=" + String.join("+", a.getProductCodes())
                + ", visibility="
                + a.getVisibility().label()
                + (a.getTeams().isEmpty()
                        ? ""
                        : " "
                                + a.getTeams().stream()
                                        .map(Team::getName)
                                        .sorted()
                                        .collect(Collectors.joining("+")))
                + ", author=" + author + "]";
    }

    private static boolean isAuthor(DriverAnnotation annotation, Viewer viewer) {
        return annotation.getAuthor().getUsername().equals(viewer.username());
    }

    /**
     * The signed-in user, from the security context; never from a parameter. No database read: the
     * queries match the user's annotations and teams by name.
     */
    private Viewer viewer() {
        return new Viewer(CurrentUser.username().orElse(""), CurrentUser.hasAuthority(Role.ADMIN.authority()));
    }
}
