package app.neodesk.ui;

import app.neodesk.team.DisplayPreferences;
import app.neodesk.team.RiseColor;
import app.neodesk.team.ThemeMode;
import app.neodesk.team.UserService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.server.VaadinRequest;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The user menu's display choices: "Theme" (System, Light, Dark) and "Price moves" (up is red or
 * green). A choice is saved for the signed-in user and applied to the open page at once; the
 * checked item is always the one in force.
 */
final class DisplayMenu {

    private final UserService users;
    private final Component owner;
    private final Locale locale;
    private final Map<ThemeMode, MenuItem> themeItems = new EnumMap<>(ThemeMode.class);
    private final Map<RiseColor, MenuItem> riseItems = new EnumMap<>(RiseColor.class);

    private DisplayMenu(UserService users, Component owner, Locale locale) {
        this.users = users;
        this.owner = owner;
        this.locale = locale;
    }

    /**
     * Adds the two sub-menus to {@code menu}; {@code owner} is the component the menu lives in. The
     * colour convention of a user who has not chosen one follows the browser's language, as on the
     * served page ({@link PageThemeBootstrap}).
     */
    static void addTo(SubMenu menu, UserService users, Component owner) {
        var request = VaadinRequest.getCurrent();
        var display = new DisplayMenu(users, owner, request != null ? request.getLocale() : Locale.getDefault());
        var preferences = users.ownDisplayPreferences();
        var theme = menu.addItem("Theme").getSubMenu();
        for (var mode : ThemeMode.values()) {
            display.themeItems.put(mode, checkable(theme.addItem(mode.label(), e -> display.choose(mode))));
        }
        var rise = menu.addItem("Price moves").getSubMenu();
        for (var color : RiseColor.values()) {
            display.riseItems.put(color, checkable(rise.addItem(color.label(), e -> display.choose(color))));
        }
        display.show(preferences);
    }

    private static MenuItem checkable(MenuItem item) {
        item.setCheckable(true);
        return item;
    }

    private void choose(ThemeMode mode) {
        var saved = users.changeOwnThemeMode(mode);
        page().ifPresent(ui -> PageTheme.apply(ui.getPage(), mode));
        show(saved);
    }

    private void choose(RiseColor color) {
        var saved = users.changeOwnRiseColor(color);
        page().ifPresent(ui -> PageTheme.apply(ui.getPage(), color));
        show(saved);
    }

    /** Checks exactly the items in force (a click on a checked item would otherwise uncheck it). */
    private void show(DisplayPreferences preferences) {
        themeItems.forEach((mode, item) -> item.setChecked(mode == preferences.themeMode()));
        var rise = preferences.riseColorFor(locale);
        riseItems.forEach((color, item) -> item.setChecked(color == rise));
    }

    private Optional<UI> page() {
        return owner.getUI();
    }
}
