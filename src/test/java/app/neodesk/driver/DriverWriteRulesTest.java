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
        var saved = AsUser.call("trader2", () -> drivers.save(draft("Trader2 everyone note", Visibility.EVERYONE)));
        assertThat(saved.getAuthorUsername()).isEqualTo("trader2");
        assertThat(saved.getCreatedAt()).isEqualTo(saved.getUpdatedAt()).isNotEqualTo(Instant.EPOCH);
        assertThat(AsUser.call("trader", () -> drivers.get(saved.getId())).getTitle())
                .isEqualTo("Trader2 everyone note");
    }

    @Test
    void nonAuthorNonAdminCannotEditOrDeleteAVisibleAnnotation() {
        var saved = AsUser.call("analyst", () -> drivers.save(draft("Analyst everyone note", Visibility.EVERYONE)));
        var copy = AsUser.call("trader", () -> drivers.get(saved.getId()));
        copy.setTitle("Hijacked");
        assertThatThrownBy(() -> AsUser.call("trader", () -> drivers.save(copy)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Only the author or an admin");
        assertThatThrownBy(() -> AsUser.run("trader", () -> drivers.delete(saved.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(AsUser.call("trader", () -> drivers.canManage(copy))).isFalse();
        assertThat(AsUser.call("analyst", () -> drivers.get(saved.getId())).getTitle())
                .isEqualTo("Analyst everyone note");
    }

    @Test
    void otherTeamCannotEvenFindATeamAnnotationToEditOrDelete() {
        var saved = AsUser.call("analyst", () -> {
            var a = draft("Desk A only write-rule note", Visibility.TEAM);
            a.setTeams(teams.myTeams());
            return drivers.save(a);
        });
        assertThatThrownBy(() -> AsUser.run("trader2", () -> drivers.delete(saved.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> AsUser.call("trader2", () -> drivers.save(saved)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void authorEditsAndDeletesOwnAnnotationAndEachWriteIsAudited() {
        var saved = AsUser.call("trader", () -> drivers.save(draft("Trader audited note", Visibility.EVERYONE)));
        var edit = AsUser.call("trader", () -> drivers.get(saved.getId()));
        edit.setTitle("Trader audited note, revised");
        AsUser.call("trader", () -> drivers.save(edit));
        AsUser.run("trader", () -> drivers.delete(saved.getId()));

        assertThatThrownBy(() -> AsUser.call("trader", () -> drivers.get(saved.getId())))
                .isInstanceOf(NotFoundException.class);
        var history = AsUser.call("admin", () -> audit.historyOf("Driver", saved.getId()));
        assertThat(history)
                .extracting(AuditEvent::getAction)
                .containsExactly(AuditAction.DELETE, AuditAction.UPDATE, AuditAction.CREATE);
        assertThat(history).extracting(AuditEvent::getActor).containsOnly("trader");
        assertThat(history.get(1).getSummary()).contains("Trader audited note, revised");
    }

    @Test
    void adminManagesOthersTeamAndEveryoneAnnotations() {
        var team = AsUser.call("trader2", () -> {
            var a = draft("Desk B note moderated by admin", Visibility.TEAM);
            a.setTeams(teams.myTeams());
            return drivers.save(a);
        });
        var edit = AsUser.call("admin", () -> drivers.get(team.getId()));
        assertThat(AsUser.call("admin", () -> drivers.canManage(edit))).isTrue();
        edit.setTitle("Desk B note, retitled by admin");
        var saved = AsUser.call("admin", () -> drivers.save(edit));
        assertThat(saved.getAuthorUsername()).as("the author stays").isEqualTo("trader2");
        assertThat(saved.getTeams()).extracting(Team::getName).containsExactly("Desk B");
        AsUser.run("admin", () -> drivers.delete(team.getId()));
        assertThatThrownBy(() -> AsUser.call("trader2", () -> drivers.get(team.getId())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void adminCannotReadEditOrDeleteAnotherUsersPrivateAnnotationAndTheAuditHidesItsContent() {
        var secret = AsUser.call("trader", () -> drivers.save(draft("Secret private idea", Visibility.PRIVATE)));
        assertThatThrownBy(() -> AsUser.call("admin", () -> drivers.get(secret.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> AsUser.run("admin", () -> drivers.delete(secret.getId())))
                .isInstanceOf(NotFoundException.class);
        var history = AsUser.call("admin", () -> audit.historyOf("Driver", secret.getId()));
        assertThat(history)
                .singleElement()
                .satisfies(e ->
                        assertThat(e.getSummary()).doesNotContain("Secret").isEqualTo("private annotation of trader"));
    }

    @Test
    void teamVisibilityOnlyWithTheAuthorsOwnTeams() {
        var deskB = AsUser.call("trader2", () -> teams.myTeams());
        assertThatThrownBy(() -> AsUser.call("trader", () -> {
                    var a = draft("Sharing with a foreign desk", Visibility.TEAM);
                    a.setTeams(deskB);
                    return drivers.save(a);
                }))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("author's own teams")
                .extracting(e -> ((ValidationException) e).getField())
                .isEqualTo("teams");

        assertThatThrownBy(() ->
                        AsUser.call("trader", () -> drivers.save(draft("Team without teams", Visibility.TEAM))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("at least one team");

        var shared = AsUser.call("analyst", () -> {
            var a = draft("Shared with Desk A", Visibility.TEAM);
            a.setTeams(teams.myTeams());
            return drivers.save(a);
        });
        var edit = AsUser.call("admin", () -> drivers.get(shared.getId()));
        edit.setTeams(deskB);
        assertThatThrownBy(() -> AsUser.call("admin", () -> drivers.save(edit)))
                .as("an admin may not share an analyst's note with a desk the analyst is not on")
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("author's own teams");
        assertThat(AsUser.call("trader", () -> drivers.teamChoices(new DriverAnnotation())))
                .extracting(Team::getName)
                .containsExactly("Desk A");
    }

    @Test
    void teamsAreDroppedWhenTheVisibilityIsNotTeam() {
        var saved = AsUser.call("trader", () -> {
            var a = draft("Everyone note with stray teams", Visibility.EVERYONE);
            a.setTeams(teams.myTeams());
            return drivers.save(a);
        });
        assertThat(saved.getTeams()).isEmpty();
    }

    @Test
    void titleIsRequiredAndAtMost200Characters() {
        assertRefused(draft(" ", Visibility.EVERYONE), "title", "Enter a title");
        assertRefused(draft("x".repeat(201), Visibility.EVERYONE), "title", "At most 200 characters");
        var ok = AsUser.call("trader", () -> drivers.save(draft("y".repeat(200), Visibility.PRIVATE)));
        assertThat(ok.getTitle()).hasSize(200);
    }

    @Test
    void sourceUrlMustBeHttpOrHttps() {
        for (var bad :
                List.of("javascript:alert(1)", "ftp://example.com/a", "data:text/html,<b>x</b>", "example.com")) {
            var a = draft("Bad link " + bad, Visibility.PRIVATE);
            a.setSourceUrl(bad);
            assertRefused(a, "sourceUrl", "http:// or https://");
        }
        var a = draft("Good link", Visibility.PRIVATE);
        a.setSourceUrl("https://www.sunsirs.com/news?id=1");
        assertThat(AsUser.call("trader", () -> drivers.save(a)).getSourceUrl())
                .isEqualTo("https://www.sunsirs.com/news?id=1");
    }

    @Test
    void dateRangeRunsFromStartToEnd() {
        var backwards = draft("Backwards range", Visibility.PRIVATE);
        backwards.setEndDate(backwards.getStartDate().minusDays(1));
        assertRefused(backwards, "endDate", "end date cannot be before the start date");
        var noDate = draft("No date", Visibility.PRIVATE);
        noDate.setStartDate(null);
        assertRefused(noDate, "startDate", "Enter the date");
        var range = draft("Proper range", Visibility.PRIVATE);
        range.setEndDate(range.getStartDate().plusDays(10));
        assertThat(AsUser.call("trader", () -> drivers.save(range)).getEndDate())
                .isEqualTo(LocalDate.of(2026, 2, 21));
    }

    @Test
    void atLeastOneProductIsRequired() {
        var a = draft("No product", Visibility.PRIVATE);
        a.setProducts(List.of());
        assertRefused(a, "products", "at least one product");
    }

    @Test
    void tagsAreNormalisedToLowercaseAndMustBeSimpleWords() {
        var a = draft("Tagged", Visibility.PRIVATE);
        a.setTags(List.of(" Export Controls ", "NEV", "humanoid_robots"));
        assertThat(AsUser.call("trader", () -> drivers.save(a)).getTags())
                .containsExactly("export-controls", "humanoid-robots", "nev");
        var bad = draft("Bad tag", Visibility.PRIVATE);
        bad.setTags(List.of("<script>"));
        assertRefused(bad, "tags", "lowercase letters and digits");
    }

    @Test
    void aStaleEditIsRefusedAsChangedBySomeoneElse() {
        var saved = AsUser.call("analyst", () -> drivers.save(draft("Stale edit note", Visibility.EVERYONE)));
        var first = AsUser.call("analyst", () -> drivers.get(saved.getId()));
        var second = AsUser.call("admin", () -> drivers.get(saved.getId()));
        first.setTitle("First edit");
        AsUser.call("analyst", () -> drivers.save(first));
        second.setTitle("Second edit");
        assertThatThrownBy(() -> AsUser.call("admin", () -> drivers.save(second)))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(AsUser.call("trader", () -> drivers.get(saved.getId())).getTitle())
                .isEqualTo("First edit");
    }

    private void assertRefused(DriverAnnotation annotation, String field, String message) {
        assertThatThrownBy(() -> AsUser.call("trader", () -> drivers.save(annotation)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining(message)
                .extracting(e -> ((ValidationException) e).getField())
                .isEqualTo(field);
    }

    private DriverAnnotation draft(String title, Visibility visibility) {
        var a = new DriverAnnotation();
        a.setTitle(title);
        a.setCategory(DriverCategory.DEMAND);
        a.setDirection(Direction.BULLISH);
        a.setImpact(Impact.LOW);
        a.setStartDate(LocalDate.of(2026, 2, 11));
        a.setProducts(List.of(
                AsUser.call("trader", () -> products.findByCode("nd-oxide-cn").orElseThrow())));
        a.setVisibility(visibility);
        a.setTeams(Set.of());
        return a;
    }
}
