package app.neodesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskViewTest;
import app.neodesk.dashboard.ui.DashboardView;
import app.neodesk.security.SystemAuthentication;
import app.neodesk.team.AppUserRepository;
import app.neodesk.team.DisplayPreferences;
import app.neodesk.team.RiseColor;
import app.neodesk.team.Role;
import app.neodesk.team.ThemeMode;
import app.neodesk.team.UserService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.page.ColorScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The user menu's display choices save the signed-in user's preference and switch the open page
 * at once: the colour scheme on {@code <html theme>} and the convention on {@code <html data-rise>}.
 */
@NeodeskViewTest
class DisplayMenuTest extends SpringBrowserlessTest {

    private static final String USER = "theme.menu";

    @Autowired
    UserService users;

    @Autowired
    AppUserRepository repository;

    /** Before the browserless UI starts: its first navigation already looks the user up. */
    @BeforeAll
    static void user(@Autowired UserService users, @Autowired AppUserRepository repository) {
        if (!repository.existsByUsername(USER)) {
            SystemAuthentication.call(() -> users.bootstrap(
                    USER, "Theme Menu", "theme-password-1", false, true, Set.of(Role.VIEWER), List.of()));
        }
    }

    @BeforeEach
    void startFromDefaults() {
        SystemAuthentication.runAs(USER, () -> {
            users.changeOwnThemeMode(ThemeMode.SYSTEM);
            users.changeOwnRiseColor(RiseColor.GREEN);
        });
        reopen();
    }

    /** A new page load: a new UI, whose layout reads the saved choices. */
    private void reopen() {
        cleanVaadinEnvironment();
        initVaadinEnvironment();
    }

    @Test
    @WithMockUser(username = USER, roles = "VIEWER")
    void choosingDarkSavesItAndSwitchesThePageToLumoDark() {
        navigate(DashboardView.class);
        assertThat(checked("Theme")).containsExactly("System");
        pendingJs();

        choose("Theme", "Dark");

        assertThat(stored().themeMode()).isEqualTo(ThemeMode.DARK);
        assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(ColorScheme.Value.DARK);
        assertThat(pendingJs()).anySatisfy(js -> assertThat(js).contains("setAttribute('theme'", "\"dark\""));
        assertThat(checked("Theme")).containsExactly("Dark");

        choose("Theme", "Light");
        assertThat(stored().themeMode()).isEqualTo(ThemeMode.LIGHT);
        assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(ColorScheme.Value.LIGHT);
        assertThat(checked("Theme")).containsExactly("Light");

        choose("Theme", "System");
        assertThat(stored().themeMode()).isEqualTo(ThemeMode.SYSTEM);
        assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(ColorScheme.Value.SYSTEM);
        assertThat(checked("Theme")).containsExactly("System");
    }

    @Test
    @WithMockUser(username = USER, roles = "VIEWER")
    void choosingUpIsRedSavesItAndFlipsTheRiseAttributeOnHtml() {
        navigate(DashboardView.class);
        assertThat(checked("Price moves")).containsExactly(RiseColor.GREEN.label());
        pendingJs();

        choose("Price moves", RiseColor.RED.label());

        assertThat(stored().riseColor()).isEqualTo(RiseColor.RED);
        assertThat(pendingJs())
                .anySatisfy(js -> assertThat(js)
                        .contains(
                                "document.documentElement.setAttribute",
                                "\"" + PageTheme.RISE_ATTRIBUTE + "\"",
                                "\"red\""));
        assertThat(checked("Price moves")).containsExactly(RiseColor.RED.label());
        assertThat(stored().themeMode()).as("the theme is left alone").isEqualTo(ThemeMode.SYSTEM);

        choose("Price moves", RiseColor.RED.label());
        assertThat(checked("Price moves"))
                .as("choosing the checked item again keeps it checked")
                .containsExactly(RiseColor.RED.label());

        choose("Price moves", RiseColor.GREEN.label());
        assertThat(stored().riseColor()).isEqualTo(RiseColor.GREEN);
        assertThat(pendingJs()).anySatisfy(js -> assertThat(js).contains("\"green\""));
    }

    @Test
    @WithMockUser(username = USER, roles = "VIEWER")
    void theMenuShowsTheSavedChoicesWhenAPageOpens() {
        SystemAuthentication.runAs(USER, () -> {
            users.changeOwnThemeMode(ThemeMode.DARK);
            users.changeOwnRiseColor(RiseColor.RED);
        });
        reopen();
        navigate(DashboardView.class);
        assertThat(checked("Theme")).containsExactly("Dark");
        assertThat(checked("Price moves")).containsExactly(RiseColor.RED.label());
    }

    private DisplayPreferences stored() {
        return repository.findByUsername(USER).orElseThrow().getDisplayPreferences();
    }

    private MenuBar userMenu() {
        return find(MenuBar.class).withClassName("user-menu").single();
    }

    /** Clicks a choice in the user menu as a user would (user menu, group, choice). */
    private void choose(String group, String choice) {
        var groups = userMenu().getItems().getFirst().getSubMenu().getItems();
        var groupItem = group(group);
        var choices = groupItem.getSubMenu().getItems();
        var choiceItem = choices.stream()
                .filter(i -> choice.equals(i.getText()))
                .findFirst()
                .orElseThrow();
        MenuBarTester<MenuBar> tester = test(userMenu());
        tester.clickItem(0, groups.indexOf(groupItem), choices.indexOf(choiceItem));
    }

    /** The texts of the checked items of a display sub-menu. */
    private List<String> checked(String group) {
        return group(group).getSubMenu().getItems().stream()
                .filter(MenuItem::isChecked)
                .map(MenuItem::getText)
                .toList();
    }

    private MenuItem group(String group) {
        return userMenu().getItems().getFirst().getSubMenu().getItems().stream()
                .filter(i -> group.equals(i.getText()))
                .findFirst()
                .orElseThrow();
    }

    /** The JavaScript queued for the browser since the last call, each with its parameters. */
    private static List<String> pendingJs() {
        var result = new ArrayList<String>();
        for (var pending : UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations()) {
            var invocation = pending.getInvocation();
            var text = new StringBuilder(invocation.getExpression());
            for (var parameter : invocation.getParameters()) {
                text.append(" \"").append(parameter).append('"');
            }
            result.add(text.toString());
        }
        return result;
    }
}
