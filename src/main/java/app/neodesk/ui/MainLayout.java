package app.neodesk.ui;

import app.neodesk.security.ui.ChangePasswordView;
import app.neodesk.team.Role;
import app.neodesk.team.UserService;
import app.neodesk.token.ui.TokensView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The application shell: app name, a side navigation built from the views' {@code @Menu}
 * annotations (Vaadin leaves out entries the user may not open), and the user menu (with the
 * display choices of {@link DisplayMenu}). Every view, error views included, is shown inside one
 * {@code <main>} landmark: vaadin-app-layout renders only plain {@code div}s around its content.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final Main main = new Main();

    public MainLayout(AuthenticationContext authentication, UserService users) {
        main.addClassName("app-main");
        setContent(main);
        setPrimarySection(Section.DRAWER);
        var toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        var title = new Span("Neodesk");
        title.addClassName("app-title");
        var bar = new HorizontalLayout(toggle, title, new Div(), userMenu(authentication, users));
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(bar.getComponentAt(2));
        bar.addClassName("app-header");
        // Landmarks: banner (header), navigation (drawer) and main (the view), so that every
        // piece of the page is in one and screen readers can jump between them.
        var header = new Header(bar);
        header.addClassName("app-banner");
        addToNavbar(header);

        var brand = new Span("Neodesk");
        brand.addClassName("drawer-brand");
        var drawer = new Nav(brand, navigation());
        drawer.addClassName("app-drawer");
        drawer.getElement().setAttribute("aria-label", "Main menu");
        addToDrawer(drawer);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        main.getElement().appendChild(content.getElement());
    }

    private SideNav navigation() {
        var nav = new SideNav();
        nav.addClassName("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private static SideNavItem item(MenuEntry entry) {
        return entry.icon() == null
                ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
    }

    private static Component userMenu(AuthenticationContext authentication, UserService users) {
        var name = authentication.getPrincipalName().orElse("?");
        var roles = Arrays.stream(Role.values())
                .filter(r -> authentication.hasRole(r.name()))
                .map(Role::label)
                .collect(Collectors.joining(", "));
        var avatar = new Avatar(name);
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("user-menu");
        var top = menu.addItem(new HorizontalLayout(avatar, new Span(name)));
        top.setAriaLabel("User menu for " + name);
        var sub = top.getSubMenu();
        var who = sub.addItem(name + " · " + (roles.isEmpty() ? "no role" : roles));
        who.setEnabled(false);
        DisplayMenu.addTo(sub, users, menu);
        sub.addItem("Change password", e -> menu.getUI().ifPresent(ui -> ui.navigate(ChangePasswordView.class)));
        sub.addItem("API tokens", e -> menu.getUI().ifPresent(ui -> ui.navigate(TokensView.class)));
        sub.addItem(
                new HorizontalLayout(VaadinIcon.SIGN_OUT.create(), new Span("Sign out")), e -> authentication.logout());
        return menu;
    }
}
