package app.neodesk.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.base.ConcurrentEditException;
import app.neodesk.base.ValidationException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

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
        assertThatThrownBy(() -> teams.save(new Team("Denied desk"), List.of()))
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
        var team = new Team("Desk Svc");
        team.setDescription("  Service test desk  ");
        var saved = teams.save(team, List.of(ann, ben));
        assertThat(teams.get(saved.getId()).getDescription()).isEqualTo("Service test desk");
        assertThat(teams.members(saved.getId()))
                .extracting(AppUser::getUsername)
                .containsExactly("ann.team.svc", "ben.team.svc");

        teams.save(teams.get(saved.getId()), List.of(ben, cid));
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
        assertThatThrownBy(() -> teams.save(new Team("desk a"), List.of()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("A team called 'desk a' already exists")
                .extracting(e -> ((ValidationException) e).getField())
                .isEqualTo("name");
        assertThat(teams.findAll()).extracting(Team::getName).doesNotContain("desk a");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void staleEditIsRefusedAsChangedBySomeoneElse() {
        var saved = teams.save(new Team("Desk Stale"), List.of());
        var first = teams.get(saved.getId());
        var second = teams.get(saved.getId());
        first.setDescription("first");
        teams.save(first, List.of());

        second.setDescription("second");
        assertThatThrownBy(() -> teams.save(second, List.of()))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(teams.get(saved.getId()).getDescription()).isEqualTo("first");
    }

    private AppUser user(String username) {
        var user = new AppUser(username, "Test " + username);
        user.setRoles(Set.of(Role.VIEWER));
        return users.create(user, "initial-password-1");
    }
}
