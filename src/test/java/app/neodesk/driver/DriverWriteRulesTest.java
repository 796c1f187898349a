package app.neodesk.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.audit.AuditAction;
import app.neodesk.audit.AuditEvent;
import app.neodesk.audit.AuditService;
import app.neodesk.base.ConcurrentEditException;
import app.neodesk.base.NotFoundException;
import app.neodesk.base.ValidationException;
import app.neodesk.catalog.ProductService;
import app.neodesk.team.Team;
import app.neodesk.team.TeamService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@NeodeskSpringTest
class DriverWriteRulesTest {

    @Autowired
    DriverService drivers;

    @Autowired
    ProductService products;

    @Autowired
    TeamService teams;

    @Autowired
    AuditService audit;

    @Test
    void anySignedInUserMayAnnotateAndBecomesTheAuthor() {
        var saved = AsUser.call("trader2", () -> drivers.create(draft("Trader2 everyone note", Visibility.EVERYONE)));
        assertThat(saved.getAuthorUsername()).isEqualTo("trader2");
        assertThat(saved.getCreatedAt()).isEqualTo(saved.getUpdatedAt()).isNotEqualTo(Instant.EPOCH);
        assertThat(AsUser.call("trader", () -> drivers.get(saved.requireId())).getTitle())
                .isEqualTo("Trader2 everyone note");
    }

    @Test
    void nonAuthorNonAdminCannotEditOrDeleteAVisibleAnnotation() {
        var saved = AsUser.call("analyst", () -> drivers.create(draft("Analyst everyone note", Visibility.EVERYONE)));
        var copy = AsUser.call("trader", () -> drivers.get(saved.requireId()));
        assertThatThrownBy(() -> AsUser.call(
                        "trader", () -> update(copy, DriverData.of(copy).withTitle("Hijacked"))))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Only the author or an admin");
        assertThatThrownBy(() -> AsUser.run("trader", () -> drivers.delete(saved.requireId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(AsUser.call("trader", () -> drivers.canManage(copy))).isFalse();
        assertThat(AsUser.call("analyst", () -> drivers.get(saved.requireId())).getTitle())
                .isEqualTo("Analyst everyone note");
    }

    @Test
    void aTeamMateMayReadATeamAnnotationButNotChangeItAndTheRefusalChangesNothing() {
        var shared = AsUser.call(
                "analyst",
                () -> drivers.create(
                        draft("稀土配额收紧：Desk A 内部判断", Visibility.TEAM).withVisibility(Visibility.TEAM, teams.myTeams())));
        var seen = AsUser.call("trader", () -> drivers.get(shared.requireId()));
        assertThat(seen.getTitle()).as("the team-mate reads it").isEqualTo("稀土配额收紧：Desk A 内部判断");

        var edit = DriverData.of(seen)
                .withTitle("稀土配额放宽")
                .withVisibility(Visibility.EVERYONE, Set.of())
                .withTags(List.of("quota"));
        assertThatThrownBy(() -> AsUser.call("trader", () -> update(seen, edit)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Only the author or an admin");

        var stored = AsUser.call("analyst", () -> drivers.get(shared.requireId()));
        assertThat(stored.getTitle()).isEqualTo("稀土配额收紧：Desk A 内部判断");
        assertThat(stored.getVisibility()).isEqualTo(Visibility.TEAM);
        assertThat(stored.getTags()).isEmpty();
        assertThat(stored.getVersion()).isEqualTo(shared.getVersion());
        assertThat(stored.getUpdatedAt()).isEqualTo(shared.getUpdatedAt());
        assertThat(AsUser.call("admin", () -> audit.historyOf("Driver", shared.requireId())))
                .extracting(AuditEvent::getAction)
                .containsExactly(AuditAction.CREATE);
    }

    @Test
    void otherTeamCannotEvenFindATeamAnnotationToEditOrDelete() {
        var saved = AsUser.call(
                "analyst",
                () -> drivers.create(draft("Desk A only write-rule note", Visibility.TEAM)
                        .withVisibility(Visibility.TEAM, teams.myTeams())));
        assertThatThrownBy(() -> AsUser.run("trader2", () -> drivers.delete(saved.requireId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> AsUser.call(
                        "trader2", () -> update(saved, DriverData.of(saved).withTitle("Desk B rewrites it"))))
                .isInstanceOf(NotFoundException.class);
        assertThat(AsUser.call("analyst", () -> drivers.get(saved.requireId())).getTitle())
                .isEqualTo("Desk A only write-rule note");
    }

    @Test
    void updatingAMissingDriverIsNotFound() {
        var values = draft("包头稀土 update of nothing", Visibility.EVERYONE);
        assertThatThrownBy(() -> AsUser.call("admin", () -> drivers.update(987_654_321L, 0, values)))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Driver");
    }

    @Test
    // Commits for real: each edit is a transaction of its own, so the second one holds a stale version.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void authorEditsAndDeletesOwnAnnotationAndEachWriteIsAudited() {
        var saved = AsUser.call("trader", () -> drivers.create(draft("Trader audited note", Visibility.EVERYONE)));
        var edit = AsUser.call("trader", () -> drivers.get(saved.requireId()));
        var updated = AsUser.call(
                "trader", () -> update(edit, DriverData.of(edit).withTitle("Trader audited note, revised")));
        assertThat(updated.getVersion()).isGreaterThan(saved.getVersion());
        assertThat(updated.getCreatedAt()).isEqualTo(saved.getCreatedAt());
        AsUser.run("trader", () -> drivers.delete(saved.requireId()));

        assertThatThrownBy(() -> AsUser.call("trader", () -> drivers.get(saved.requireId())))
                .isInstanceOf(NotFoundException.class);
        var history = AsUser.call("admin", () -> audit.historyOf("Driver", saved.requireId()));
        assertThat(history)
                .extracting(AuditEvent::getAction)
                .containsExactly(AuditAction.DELETE, AuditAction.UPDATE, AuditAction.CREATE);
        assertThat(history).extracting(AuditEvent::getActor).containsOnly("trader");
        assertThat(history.get(1).getSummary()).contains("Trader audited note, revised");
    }

    @Test
    void adminManagesOthersTeamAndEveryoneAnnotations() {
        var team = AsUser.call(
                "trader2",
                () -> drivers.create(draft("Desk B note moderated by admin", Visibility.TEAM)
                        .withVisibility(Visibility.TEAM, teams.myTeams())));
        var edit = AsUser.call("admin", () -> drivers.get(team.requireId()));
        assertThat(AsUser.call("admin", () -> drivers.canManage(edit))).isTrue();
        var saved = AsUser.call(
                "admin", () -> update(edit, DriverData.of(edit).withTitle("Desk B note, retitled by admin")));
        assertThat(saved.getAuthorUsername()).as("the author stays").isEqualTo("trader2");
        assertThat(saved.getTeams()).extracting(Team::getName).containsExactly("Desk B");
        AsUser.run("admin", () -> drivers.delete(team.requireId()));
        assertThatThrownBy(() -> AsUser.call("trader2", () -> drivers.get(team.requireId())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void adminCannotReadEditOrDeleteAnotherUsersPrivateAnnotationAndTheAuditHidesItsContent() {
        var secret = AsUser.call("trader", () -> drivers.create(draft("Secret private idea", Visibility.PRIVATE)));
        assertThatThrownBy(() -> AsUser.call("admin", () -> drivers.get(secret.requireId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> AsUser.call(
                        "admin", () -> update(secret, DriverData.of(secret).withTitle("Read by admin"))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> AsUser.run("admin", () -> drivers.delete(secret.requireId())))
                .isInstanceOf(NotFoundException.class);
        var history = AsUser.call("admin", () -> audit.historyOf("Driver", secret.requireId()));
        assertThat(history)
                .singleElement()
                .satisfies(e ->
                        assertThat(e.getSummary()).doesNotContain("Secret").isEqualTo("private annotation of trader"));
    }

    @Test
    void teamVisibilityOnlyWithTheAuthorsOwnTeams() {
        var deskB = AsUser.call("trader2", () -> teams.myTeams());
        assertThatThrownBy(() -> AsUser.call(
                        "trader",
                        () -> drivers.create(draft("Sharing with a foreign desk", Visibility.TEAM)
                                .withVisibility(Visibility.TEAM, deskB))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("author's own teams")
                .extracting(e -> ((ValidationException) e).getField())
                .isEqualTo("teams");

        assertThatThrownBy(() ->
                        AsUser.call("trader", () -> drivers.create(draft("Team without teams", Visibility.TEAM))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("at least one team");

        var shared = AsUser.call(
                "analyst",
                () -> drivers.create(
                        draft("Shared with Desk A", Visibility.TEAM).withVisibility(Visibility.TEAM, teams.myTeams())));
        var edit = AsUser.call("admin", () -> drivers.get(shared.requireId()));
        assertThatThrownBy(() -> AsUser.call(
                        "admin", () -> update(edit, DriverData.of(edit).withVisibility(Visibility.TEAM, deskB))))
                .as("an admin may not share an analyst's note with a desk the analyst is not on")
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("author's own teams");
        assertThat(AsUser.call("trader", () -> drivers.teamChoices(null)))
                .extracting(Team::getName)
                .containsExactly("Desk A");
        assertThat(AsUser.call("admin", () -> drivers.teamChoices(shared.requireId())))
                .as("an admin edits within the author's teams")
                .containsExactlyInAnyOrderElementsOf(AsUser.call("analyst", () -> teams.myTeams()));
    }

    @Test
    void teamsAreDroppedWhenTheVisibilityIsNotTeam() {
        var saved = AsUser.call(
                "trader",
                () -> drivers.create(draft("Everyone note with stray teams", Visibility.TEAM)
                        .withVisibility(Visibility.EVERYONE, teams.myTeams())));
        assertThat(saved.getTeams()).isEmpty();
    }

    @Test
    void titleIsRequiredAndAtMost200Characters() {
        assertRefused(draft(" ", Visibility.EVERYONE), "title", "Enter a title");
        assertRefused(draft("x".repeat(201), Visibility.EVERYONE), "title", "At most 200 characters");
        var ok = AsUser.call("trader", () -> drivers.create(draft("y".repeat(200), Visibility.PRIVATE)));
        assertThat(ok.getTitle()).hasSize(200);
    }

    @Test
    void sourceUrlMustBeHttpOrHttps() {
        for (var bad :
                List.of("javascript:alert(1)", "ftp://example.com/a", "data:text/html,<b>x</b>", "example.com")) {
            assertRefused(
                    draft("Bad link " + bad, Visibility.PRIVATE).withSource(null, bad),
                    "sourceUrl",
                    "http:// or https://");
        }
        var good = draft("Good link", Visibility.PRIVATE).withSource(null, "https://www.sunsirs.com/news?id=1");
        assertThat(AsUser.call("trader", () -> drivers.create(good)).getSourceUrl())
                .isEqualTo("https://www.sunsirs.com/news?id=1");
    }

    @Test
    void dateRangeRunsFromStartToEnd() {
        var day = LocalDate.of(2026, 2, 11);
        assertRefused(
                draft("Backwards range", Visibility.PRIVATE).withDates(day, day.minusDays(1)),
                "endDate",
                "end date cannot be before the start date");
        assertRefused(draft("No date", Visibility.PRIVATE).withDates(null, null), "startDate", "Enter the date");
        var range = draft("Proper range", Visibility.PRIVATE).withDates(day, day.plusDays(10));
        assertThat(AsUser.call("trader", () -> drivers.create(range)).getEndDate())
                .isEqualTo(LocalDate.of(2026, 2, 21));
    }

    @Test
    void atLeastOneProductIsRequired() {
        assertRefused(
                draft("No product", Visibility.PRIVATE).withProducts(List.of()), "products", "at least one product");
    }

    @Test
    void tagsAreNormalisedToLowercaseAndMustBeSimpleWords() {
        var tagged =
                draft("Tagged", Visibility.PRIVATE).withTags(List.of(" Export Controls ", "NEV", "humanoid_robots"));
        assertThat(AsUser.call("trader", () -> drivers.create(tagged)).getTags())
                .containsExactly("export-controls", "humanoid-robots", "nev");
        assertRefused(
                draft("Bad tag", Visibility.PRIVATE).withTags(List.of("<script>")),
                "tags",
                "lowercase letters and digits");
    }

    @Test
    // Commits for real: each edit is a transaction of its own, so the second one holds a stale version.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aStaleEditIsRefusedAsChangedBySomeoneElseAndTheOtherEditIsKept() {
        var saved = AsUser.call("analyst", () -> drivers.create(draft("Stale edit note", Visibility.EVERYONE)));
        var first = AsUser.call("analyst", () -> drivers.get(saved.requireId()));
        var second = AsUser.call("admin", () -> drivers.get(saved.requireId()));
        AsUser.call("analyst", () -> update(first, DriverData.of(first).withTitle("First edit")));
        assertThatThrownBy(() -> AsUser.call(
                        "admin",
                        () -> update(
                                second,
                                DriverData.of(second).withTitle("Second edit").withTags(List.of("stale")))))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("changed by someone else");
        var stored = AsUser.call("trader", () -> drivers.get(saved.requireId()));
        assertThat(stored.getTitle()).isEqualTo("First edit");
        assertThat(stored.getTags()).isEmpty();
        assertThat(AsUser.call("admin", () -> audit.historyOf("Driver", saved.requireId())))
                .extracting(AuditEvent::getAction)
                .containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
    }

    @Test
    // Commits for real: each edit is a transaction of its own, so the second one holds a stale version.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aStaleVersionIsRefusedBeforeTheValuesAreChecked() {
        var saved = AsUser.call("trader", () -> drivers.create(draft("氧化镨钕 stale and invalid", Visibility.PRIVATE)));
        var opened = AsUser.call("trader", () -> drivers.get(saved.requireId()));
        AsUser.call("trader", () -> update(opened, DriverData.of(opened).withTitle("氧化镨钕 saved first")));
        assertThatThrownBy(() -> AsUser.call(
                        "trader", () -> update(opened, DriverData.of(opened).withTitle(" "))))
                .isInstanceOf(ConcurrentEditException.class);
    }

    /** Saves {@code values} over {@code edited}, at the version that was read. */
    private DriverAnnotation update(DriverAnnotation edited, DriverData values) {
        return drivers.update(edited.requireId(), edited.getVersion(), values);
    }

    private void assertRefused(DriverData values, String field, String message) {
        assertThatThrownBy(() -> AsUser.call("trader", () -> drivers.create(values)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining(message)
                .extracting(e -> ((ValidationException) e).getField())
                .isEqualTo(field);
    }

    private DriverData draft(String title, Visibility visibility) {
        return new DriverData(
                title,
                LocalDate.of(2026, 2, 11),
                null,
                Set.of(AsUser.call(
                        "trader", () -> products.findByCode("nd-oxide-cn").orElseThrow())),
                DriverCategory.DEMAND,
                Direction.BULLISH,
                Impact.LOW,
                Set.of(),
                visibility,
                Set.of(),
                null,
                null,
                null);
    }
}
