package app.neodesk.team.ui;

import app.neodesk.base.ui.EditorDialog;
import app.neodesk.base.ui.ListToolbar;
import app.neodesk.base.ui.Notifications;
import app.neodesk.team.Team;
import app.neodesk.team.TeamService;
import app.neodesk.team.UserService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;

/** Admins create teams (desks) and decide who belongs to them. */
@Route("admin/teams")
@PageTitle("Teams · Neodesk")
@Menu(order = 103, icon = "vaadin:group", title = "Teams")
@RolesAllowed("ADMIN")
public class TeamAdminView extends VerticalLayout {

    private final TeamService teams;
    private final UserService users;
    private final Grid<Team> grid = new Grid<>(Team.class, false);
    private String text = "";

    public TeamAdminView(TeamService teams, UserService users) {
        this.teams = teams;
        this.users = users;
        setSizeFull();

        var toolbar = new ListToolbar("Teams", "Search by name", value -> {
            text = value;
            refresh();
        });
        toolbar.addPrimaryAction("New team", () -> edit(new Team("")));

        grid.addColumn(Team::getName).setHeader("Name").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.getDescription() == null ? "" : t.getDescription())
                .setHeader("Description")
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItemsPageable(pageable -> teams.search(text, pageable).getContent());
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(teams.get(Objects.requireNonNull(e.getValue().getId())));
            }
        });
        add(toolbar, grid);
        expand(grid);
    }

    private void edit(Team team) {
        var form = new TeamForm(users.findAll(), t -> teams.members(Objects.requireNonNull(t.getId())));
        var dialog = new EditorDialog<>(
                team.isNew() ? "New team" : "Team " + team.getName(),
                form,
                t -> teams.save(t, form.getMembers()),
                t -> teams.get(Objects.requireNonNull(t.getId())),
                saved -> {
                    Notifications.success("Team " + saved.getName() + " saved");
                    refresh();
                });
        dialog.onClose(grid::deselectAll);
        dialog.open(team);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
