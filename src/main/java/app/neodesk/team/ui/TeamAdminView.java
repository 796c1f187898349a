package app.neodesk.team.ui;

import app.neodesk.base.ui.Editing;
import app.neodesk.base.ui.EditorDialog;
import app.neodesk.base.ui.ListToolbar;
import app.neodesk.base.ui.Notifications;
import app.neodesk.team.Team;
import app.neodesk.team.TeamData;
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
        toolbar.addPrimaryAction("New team", () -> edit(Editing.create(TeamData.blank())));

        grid.addColumn(Team::getName).setHeader("Name").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.getDescription() == null ? "" : t.getDescription())
                .setHeader("Description")
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItemsPageable(pageable -> teams.search(text, pageable).getContent());
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(Editing.of(teams.get(e.getValue().requireId()), TeamData::of));
            }
        });
        add(toolbar, grid);
        expand(grid);
    }

    private void edit(Editing<TeamData> team) {
        var form = new TeamForm(users.findAll(), teams::members);
        var dialog = new EditorDialog<>(
                team.isNew() ? "New team" : "Team " + team.values().name(),
                form,
                edited -> Editing.of(
                        edited.save(
                                values -> teams.create(values, form.getMemberIds()),
                                (id, version, values) -> teams.update(id, version, values, form.getMemberIds())),
                        TeamData::of),
                edited -> Editing.of(teams.get(Objects.requireNonNull(edited.id())), TeamData::of),
                saved -> {
                    Notifications.success("Team " + saved.values().name() + " saved");
                    refresh();
                });
        dialog.onClose(grid::deselectAll);
        dialog.open(team);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
