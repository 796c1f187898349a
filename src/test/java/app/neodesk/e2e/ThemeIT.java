package app.neodesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.support.Browser;
import app.neodesk.support.NeodeskServer;
import app.neodesk.support.RequiresBrowser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Real Chromium against the production jar: the user menu switches to Lumo dark and to "up is
 * red", the page's colours follow at once, and both choices come back with the page served after
 * signing out and in again. The shades are the ones styles.css documents with their contrast.
 */
@RequiresBrowser
class ThemeIT {

    // trader2 is used by no other colour check; the test puts its choices back at the end.
    private static final String USER = "trader2";

    private static final String LIGHT_GREEN = "#0a7637";
    private static final String LIGHT_RED = "#ca150c";
    private static final String DARK_GREEN = "#4cd97b";
    private static final String DARK_RED = "#ff8a80";
    private static final String LIGHT_BACKGROUND = "rgb(255, 255, 255)";
    private static final String DARK_BACKGROUND = "rgb(35, 51, 72)";

    @Test
    void darkThemeAndUpIsRedApplyAtOnceAndSurviveSigningOutAndIn() {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            browser.signIn(USER, "demo");
            try {
                choose(browser, "Theme", "System");
                choose(browser, "Price moves", "Up is green (international)");
                awaitColours(browser, "light-dark", "green", LIGHT_GREEN, LIGHT_RED, LIGHT_BACKGROUND);

                choose(browser, "Theme", "Dark");
                awaitColours(browser, "dark", "green", DARK_GREEN, DARK_RED, DARK_BACKGROUND);
                assertThat(classColour(browser, "rise")).as("a .rise element").isEqualTo("rgb(76, 217, 123)");

                choose(browser, "Price moves", "Up is red (China)");
                awaitColours(browser, "dark", "red", DARK_RED, DARK_GREEN, DARK_BACKGROUND);
                assertThat(classColour(browser, "rise")).as("a .rise element").isEqualTo("rgb(255, 138, 128)");
                assertThat(classColour(browser, "fall")).as("a .fall element").isEqualTo("rgb(76, 217, 123)");

                signOut(browser);
                browser.signIn(USER, "demo");
                assertThat(servedHtml(browser))
                        .as("the page is served dark and red-up: no flash of the wrong theme")
                        .contains("theme=\"dark\"", "data-rise=\"red\"");
                awaitColours(browser, "dark", "red", DARK_RED, DARK_GREEN, DARK_BACKGROUND);
            } finally {
                choose(browser, "Theme", "System");
                choose(browser, "Price moves", "Up is green (international)");
            }
        }
    }

    @Test
    void systemThemeFollowsTheBrowsersColourSchemeSetting() {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            browser.signIn(USER, "demo");
            choose(browser, "Theme", "System");
            choose(browser, "Price moves", "Up is green (international)");

            prefersColourScheme(browser, "dark");
            awaitColours(browser, "light-dark", "green", DARK_GREEN, DARK_RED, DARK_BACKGROUND);
            prefersColourScheme(browser, "light");
            awaitColours(browser, "light-dark", "green", LIGHT_GREEN, LIGHT_RED, LIGHT_BACKGROUND);
        }
    }

    /** Clicks a choice in a sub-menu of the user menu, as a user would. */
    private static void choose(Browser browser, String group, String choice) {
        browser.click(By.cssSelector("vaadin-menu-bar.user-menu vaadin-menu-bar-button"));
        browser.waitUntil(d -> {
            var item = visibleItem(browser, group);
            if (item == null) {
                return false;
            }
            item.click();
            return true;
        });
        browser.waitUntil(d -> {
            var item = visibleItem(browser, choice);
            if (item == null) {
                return false;
            }
            item.click();
            return true;
        });
        browser.waitUntil(d -> visibleItem(browser, choice) == null);
    }

    private static WebElement visibleItem(Browser browser, String text) {
        return (WebElement) browser.script(
                "return Array.from(document.querySelectorAll('vaadin-menu-bar-item'))"
                        + ".find(i => i.checkVisibility() && i.getClientRects().length > 0"
                        + " && i.textContent.trim() === arguments[0]) || null",
                text);
    }

    private static void signOut(Browser browser) {
        browser.click(By.cssSelector("vaadin-menu-bar.user-menu vaadin-menu-bar-button"));
        browser.waitUntil(d -> {
            var item = visibleItem(browser, "Sign out");
            if (item == null) {
                return false;
            }
            item.click();
            return true;
        });
        browser.waitFor(By.cssSelector("vaadin-login-form"));
    }

    /** Waits until {@code <html>} has the attributes and the page shows the colours. */
    private static void awaitColours(
            Browser browser, String theme, String rise, String riseColour, String fallColour, String background) {
        var expected = List.of(theme, rise, riseColour, fallColour, background);
        var last = new Object[1];
        try {
            browser.waitUntil(d -> {
                last[0] = browser.script("""
                        const html = document.documentElement, css = getComputedStyle(html);
                        let bg = getComputedStyle(document.body).backgroundColor;
                        if (bg === 'rgba(0, 0, 0, 0)') bg = css.backgroundColor;
                        return [html.getAttribute('theme'), html.getAttribute('data-rise'),
                                css.getPropertyValue('--neodesk-rise').trim(), css.getPropertyValue('--neodesk-fall').trim(), bg];""");
                return expected.equals(last[0]);
            });
        } catch (RuntimeException e) {
            throw new AssertionError("expected " + expected + " but the page has " + last[0], e);
        }
    }

    /** The colour of a fresh element with the class, as the page paints it. */
    private static String classColour(Browser browser, String className) {
        return (String) browser.script("""
                const s = document.createElement('span'); s.className = arguments[0]; s.textContent = '1';
                document.body.appendChild(s); const c = getComputedStyle(s).color; s.remove(); return c;""", className);
    }

    /** The page as the server sends it for the current address, before any script ran. */
    private static String servedHtml(Browser browser) {
        return (String) browser.script("return fetch(location.href, {credentials: 'same-origin'}).then(r => r.text())");
    }

    private static void prefersColourScheme(Browser browser, String scheme) {
        ((ChromeDriver) browser.driver())
                .executeCdpCommand(
                        "Emulation.setEmulatedMedia",
                        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }
}
