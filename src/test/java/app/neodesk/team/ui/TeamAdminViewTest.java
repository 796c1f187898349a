package app.neodesk.team.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskViewTest;
import app.neodesk.base.ui.ListToolbar;
import app.neodesk.team.AppUser;
import app.neodesk.team.Role;
import app.neodesk.team.Team;
import app.neodesk.team.TeamService;
import app.neodesk.team.UserData;
import app.neodesk.team.UserService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@NeodeskViewTest
@WithMockUser(username = "admin", roles = "ADMIN")
class TeamAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    TeamService teams;

    @Autowired
    UserService users;

    @Test
    void teamMembersEditWorks() {
        var ann = createUser("ann.team.ui", "Ann Member");
        var ben = createUser("ben.team.ui", "Ben Member");
        navigate(TeamAdminView.class);

        test($(Button.class).withText("New team").single()).click();
        var form = $(TeamForm.class).single();
        test(form.name).setValue("Desk UI");
        test(form.description).setValue("Created in the admin view");
        test(form.members).selectItem("Ann Member (ann.team.ui)", "Ben Member (ben.team.ui)");
        clickSave();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Team Desk UI saved");
        var team = teams.findAll().stream()
                .filter(t -> t.getName().equals("Desk UI"))
                .findFirst()
                .orElseThrow();
        assertThat(teams.members(team.getId()))
                .extracting(AppUser::getUsername)
                .containsExactly("ann.team.ui", "ben.team.ui");

        // Open it again from the grid: the current members are shown; remove one.
        test($(ListToolbar.class).single().getSearchField()).setValue("Desk UI");
        test(grid()).select(0);
        form = $(TeamForm.class).single();
        assertThat(form.members.getValue()).containsExactlyInAnyOrder(ann, ben);
        form.members.deselect(ann);
        clickSave();

        assertThat(teams.members(team.getId())).extracting(AppUser::getUsername).containsExactly("ben.team.ui");
        assertThat(users.get(ann.getId()).getTeams()).isEmpty();
    }

    @Test
    void duplicateTeamNameShowsFieldError() {
        navigate(TeamAdminView.class);
        test($(Button.class).withText("New team").single()).click();
        var form = $(TeamForm.class).single();
        test(form.name).setValue("Desk A");
        clickSave();

        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("A team called 'Desk A' already exists");
        assertThat($(Dialog.class).single().isOpened()).isTrue();
        assertThat(teams.findAll())
                .extracting(Team::getName)
                .filteredOn("Desk A"::equals)
                .hasSize(1);
    }

    private AppUser createUser(String username, String name) {
        return users.create(new UserData(username, name, Set.of(Role.VIEWER), Set.of(), true), "initial-password-1");
    }

    private void clickSave() {
        test($(Button.class).withText("Save").single()).click();
    }

    @SuppressWarnings("unchecked")
    private Grid<Team> grid() {
        return $(Grid.class).single();
    }
}
