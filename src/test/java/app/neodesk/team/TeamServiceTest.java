package app.neodesk.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.base.ConcurrentEditException;
import app.neodesk.base.NotFoundException;
import app.neodesk.base.ValidationException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@NeodeskSpringTest
class TeamServiceTest {

    @Autowired
    TeamService teams;

    @Autowired
    UserService users;

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void memberSeesOwnTeamsOnly() {
        assertThat(teams.myTeams()).extracting(Team::getName).containsExactly("Desk A");
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void viewerCannotManageTeams() {
        assertDenied();
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void analystCannotManageTeams() {
        assertDenied();
    }

    private void assertDenied() {
        assertThatThrownBy(() -> teams.create(new TeamData("Denied desk", null), List.of()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> teams.update(1L, 0, new TeamData("Denied desk", null), List.of()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> teams.findAll()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> teams.search("", PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> teams.members(1L)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> teams.get(1L)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminSetsExactlyTheMembers() {
        var ann = user("ann.team.svc");
        var ben = user("ben.team.svc");
        var cid = user("cid.team.svc");
        var saved = teams.create(
                new TeamData(" Desk Svc ", "  Service test desk  "), List.of(ann.requireId(), ben.requireId()));
        assertThat(saved.getName()).isEqualTo("Desk Svc");
        assertThat(teams.get(saved.getId()).getDescription()).isEqualTo("Service test desk");
        assertThat(teams.members(saved.getId()))
                .extracting(AppUser::getUsername)
                .containsExactly("ann.team.svc", "ben.team.svc");

        var stored = teams.get(saved.requireId());
        teams.update(
                stored.requireId(),
                stored.getVersion(),
                TeamData.of(stored),
                List.of(ben.requireId(), cid.requireId()));
        assertThat(teams.members(saved.getId()))
                .extracting(AppUser::getUsername)
                .containsExactly("ben.team.svc", "cid.team.svc");
        assertThat(users.get(ann.getId()).getTeams()).isEmpty();
        assertThat(teams.search("desk sv", PageRequest.of(0, 10)).getContent())
                .extracting(Team::getName)
                .containsExactly("Desk Svc");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void duplicateTeamNameIsRefusedIgnoringCase() {
        assertThatThrownBy(() -> teams.create(new TeamData("desk a", null), List.of()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("A team called 'desk a' already exists")
                .extracting(e -> ((ValidationException) e).getField())
                .isEqualTo("name");
        assertThat(teams.findAll()).extracting(Team::getName).doesNotContain("desk a");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void staleEditIsRefusedAsChangedBySomeoneElse() {
        var ann = user("ann.team.stale");
        var saved = teams.create(new TeamData("Desk Stale", null), List.of());
        long id = saved.requireId();
        long opened = teams.get(id).getVersion(); // two admins open the same team
        teams.update(id, opened, new TeamData("Desk Stale", "first"), List.of());

        assertThatThrownBy(
                        () -> teams.update(id, opened, new TeamData("Desk Stale", "second"), List.of(ann.requireId())))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(teams.get(id).getDescription()).isEqualTo("first");
        assertThat(teams.members(id)).isEmpty();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    // Commits for real: the refused write must roll back its own transaction, not join the test's.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void unknownMemberOrTeamIsNotFoundAndNothingIsSaved() {
        assertThatThrownBy(() -> teams.create(new TeamData("Desk Ghost Member", null), List.of(Long.MAX_VALUE)))
                .isInstanceOf(NotFoundException.class);
        assertThat(teams.findAll()).extracting(Team::getName).doesNotContain("Desk Ghost Member");
        assertThatThrownBy(() -> teams.update(Long.MAX_VALUE, 0, new TeamData("Desk Ghost", null), List.of()))
                .isInstanceOf(NotFoundException.class);
    }

    private AppUser user(String username) {
        return users.create(
                new UserData(username, "Test " + username, Set.of(Role.VIEWER), Set.of(), true), "initial-password-1");
    }
}
