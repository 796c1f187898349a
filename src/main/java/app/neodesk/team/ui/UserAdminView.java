package app.neodesk.team.ui;

import app.neodesk.base.ui.Editing;
import app.neodesk.base.ui.EditorDialog;
import app.neodesk.base.ui.ListToolbar;
import app.neodesk.base.ui.Notifications;
import app.neodesk.team.AppUser;
import app.neodesk.team.Role;
import app.neodesk.team.SignInBlocks;
import app.neodesk.team.Team;
import app.neodesk.team.TeamService;
import app.neodesk.team.UserData;
import app.neodesk.team.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Admins create users, set their roles and teams, disable them, reset passwords and lift sign-in
 * blocks.
 */
@Route("admin/users")
@PageTitle("Users · Neodesk")
@Menu(order = 102, icon = "vaadin:users", title = "Users")
@RolesAllowed("ADMIN")
public class UserAdminView extends VerticalLayout {

    private final UserService users;
    private final TeamService teams;
    private final SignInBlocks blocks;
    private final Grid<AppUser> grid = new Grid<>(AppUser.class, false);
    private String text = "";

    public UserAdminView(UserService users, TeamService teams, SignInBlocks blocks) {
        this.users = users;
        this.teams = teams;
        this.blocks = blocks;
        setSizeFull();

        var toolbar = new ListToolbar("Users", "Search by user name or name", value -> {
            text = value;
            refresh();
        });
        toolbar.addPrimaryAction("New user", () -> edit(Editing.create(UserData.blank())));

        grid.addColumn(AppUser::getUsername)
                .setHeader("User name")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AppUser::getDisplayName).setHeader("Name").setFlexGrow(1);
        grid.addColumn(u -> u.getRoles().stream().map(Role::label).sorted().collect(Collectors.joining(", ")))
                .setHeader("Roles")
                .setAutoWidth(true);
        grid.addColumn(u -> u.getTeams().stream().map(Team::getName).sorted().collect(Collectors.joining(", ")))
                .setHeader("Teams")
                .setAutoWidth(true);
        grid.addColumn(this::status).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // The search has no order of its own: page through users in a stable order.
        grid.setItemsPageable(pageable -> users.search(
                        text,
                        PageRequest.of(
                                pageable.getPageNumber(), pageable.getPageSize(), Sort.by(AppUser.SORT_USERNAME)))
                .getContent());
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(Editing.of(users.get(e.getValue().requireId()), UserData::of));
            }
        });
        add(toolbar, grid);
        expand(grid);
    }

    private void edit(Editing<UserData> user) {
        var form = new UserForm(teams.findAll());
        var username = user.values().username();
        var dialog = new EditorDialog<>(
                user.isNew() ? "New user" : "User " + username,
                form,
                edited -> Editing.of(
                        edited.save(values -> users.create(values, form.getPassword()), users::update), UserData::of),
                edited -> Editing.of(users.get(Objects.requireNonNull(edited.id())), UserData::of),
                saved -> {
                    Notifications.success("User " + saved.values().username() + " saved");
                    refresh();
                });
        var id = user.id();
        if (id != null) {
            dialog.addFooterAction(new Button(
                    "Reset password",
                    VaadinIcon.KEY.create(),
                    e -> new ResetPasswordDialog(username, password -> users.resetPassword(id, password)).open()));
            if (blocks.blockedFor(username).isPresent()) {
                var unblock = new Button("Unblock sign-in", VaadinIcon.UNLOCK.create());
                unblock.addClickListener(e -> {
                    blocks.unblock(username);
                    unblock.setVisible(false);
                    Notifications.success(username + " can sign in again");
                    refresh();
                });
                dialog.addFooterAction(unblock);
            }
        }
        dialog.onClose(grid::deselectAll);
        dialog.open(user);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private String status(AppUser user) {
        if (!user.isEnabled()) {
            return "disabled";
        }
        if (blocks.blockedFor(user.getUsername()).isPresent()) {
            return "sign-in blocked";
        }
        return user.isMustChangePassword() ? "must change password" : "active";
    }
}
