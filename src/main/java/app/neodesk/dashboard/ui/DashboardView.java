package app.neodesk.dashboard.ui;

import app.neodesk.team.AppUser;
import app.neodesk.team.Role;
import app.neodesk.team.Team;
import app.neodesk.team.UserService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.stream.Collectors;

/** The start page. The chart issue turns it into the watchlist dashboard. */
@Route("")
@PageTitle("Dashboard · Neodesk")
@Menu(order = 0, icon = "vaadin:dashboard", title = "Dashboard")
@PermitAll
public class DashboardView extends VerticalLayout {

    public DashboardView(UserService users) {
        AppUser me = users.currentUser();
        add(new H2("Welcome, " + me.getDisplayName()));
        var teams = me.getTeams().stream().map(Team::getName).sorted().collect(Collectors.joining(", "));
        var roles = me.getRoles().stream().map(Role::label).sorted().collect(Collectors.joining(", "));
        var who = new Paragraph("Signed in as " + me.getUsername() + " · " + roles
                + (teams.isEmpty() ? "" : " · " + teams));
        who.addClassName("signed-in-user");
        add(who);
        if (me.hasRole(Role.ANALYST) || me.hasRole(Role.ADMIN)) {
            var enter = new Anchor("quotes/new", "Enter quotes");
            enter.addClassName("shortcut-quote-entry");
            add(new HorizontalLayout(enter));
        }
    }
}
