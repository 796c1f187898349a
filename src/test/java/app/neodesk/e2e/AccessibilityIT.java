package app.neodesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.support.Axe;
import app.neodesk.support.Axe.Violation;
import app.neodesk.support.Browser;
import app.neodesk.support.NeodeskServer;
import app.neodesk.support.RequiresBrowser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * axe-core on every route of the production jar in Chromium, signed in as an admin (every view)
 * and as a viewer (the views that differ for them, and the "not allowed" page). A serious or
 * critical violation fails {@code ./mvnw verify}, and so does a page without an h1 (axe's moderate
 * {@code page-has-heading-one}); every violation, with its rule, impact and targets, is written to
 * {@code target/axe/}. Every page must also have a {@code <main>} landmark and a title of its own.
 */
@RequiresBrowser
class AccessibilityIT {

    /** Every route of the app for an admin (from the views' {@code @Route}s), and the error views. */
    private static final List<String> ADMIN_ROUTES = List.of(
            "/",
            "/history",
            "/quotes/new",
            "/quotes/import",
            "/quotes/note",
            "/chart",
            "/drivers",
            "/drivers/new",
            "/drivers/scorecard",
            "/admin/products",
            "/admin/sources",
            "/admin/users",
            "/admin/teams",
            "/admin/audit",
            "/admin/tokens",
            "/admin/webhooks",
            "/account/password",
            "/account/tokens",
            "/no/such/page",
            "/drivers/999999999");

    private static final List<String> VIEWER_ROUTES = List.of(
            "/",
            "/history",
            "/chart",
            "/drivers",
            "/drivers/scorecard",
            "/account/tokens",
            "/admin/users",
            "/quotes/new");

    @Test
    void signInPageHasNoSeriousAccessibilityViolation() {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            var found = new LinkedHashMap<String, List<Violation>>();
            browser.open("/login");
            browser.waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
            settle(browser);
            check(browser, "/login", found);
            report("anonymous", found);
        }
    }

    @Test
    void everyAdminViewHasNoSeriousAccessibilityViolation() {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            browser.signIn("admin", "demo");
            var found = new LinkedHashMap<String, List<Violation>>();
            for (var route : ADMIN_ROUTES) {
                visit(browser, route);
                check(browser, route, found);
            }
            openFirstDriver(browser);
            check(browser, "/drivers/{id}", found);
            report("admin", found);
        }
    }

    @Test
    void everyViewerViewHasNoSeriousAccessibilityViolation() {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            browser.signIn("trader", "demo");
            var found = new LinkedHashMap<String, List<Violation>>();
            for (var route : VIEWER_ROUTES) {
                visit(browser, route);
                check(browser, route, found);
            }
            report("viewer", found);
        }
    }

    private static void visit(Browser browser, String route) {
        browser.open(route);
        browser.waitFor(By.tagName("vaadin-app-layout"));
        settle(browser);
    }

    /** Opens a driver's page by clicking the first driver in the list, as a user would. */
    private static void openFirstDriver(Browser browser) {
        visit(browser, "/drivers");
        browser.waitUntil(d -> {
            var cell = (WebElement)
                    browser.script(
                            "return Array.from(document.querySelectorAll("
                                    + "'vaadin-grid-cell-content')).find(c => /^\\d{4}-\\d{2}-\\d{2}/.test(c.textContent.trim())) || null");
            if (cell == null) {
                return false;
            }
            cell.click();
            return true;
        });
        browser.waitUntil(d -> d.getCurrentUrl().matches(".*/drivers/\\d+$"));
        settle(browser);
    }

    /** Waits until Vaadin has answered every request and no grid is still loading. */
    private static void settle(Browser browser) {
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.script("""
                if (document.readyState !== 'complete') return false;
                const clients = Object.values((window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) || {});
                if (clients.length === 0 || clients.some(c => c.isActive && c.isActive())) return false;
                return !document.querySelector('vaadin-grid[loading]');""")));
    }

    private static void check(Browser browser, String route, Map<String, List<Violation>> found) {
        var violations = new ArrayList<>(Axe.run(browser));
        var title = browser.driver().getTitle();
        if (title == null || !title.endsWith("· Neodesk") || title.length() <= "· Neodesk".length() + 1) {
            violations.add(new Violation(
                    "neodesk-page-title",
                    "serious",
                    "The page has a title of its own: '" + title + "'",
                    List.of("title")));
        }
        var mains = browser.script("""
                const mains = [];
                const walk = root => root.querySelectorAll('*').forEach(e => {
                  if (e.tagName === 'MAIN' || e.getAttribute('role') === 'main') mains.push(e);
                  if (e.shadowRoot) walk(e.shadowRoot);
                });
                walk(document);
                return mains.length;""");
        if (!(mains instanceof Number n) || n.intValue() != 1) {
            violations.add(new Violation(
                    "neodesk-one-main",
                    "serious",
                    "The page has exactly one <main> landmark (" + mains + " found)",
                    List.of("main")));
        }
        found.put(route, violations);
    }

    private static void report(String who, Map<String, List<Violation>> found) {
        var text = found.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "\n"
                        + e.getValue().stream().map(v -> "  " + v).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
        try {
            var dir = Path.of("target", "axe");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(who + ".txt"), text.isEmpty() ? "no violations\n" : text + "\n");
        } catch (IOException e) {
            // the report file is a convenience; the assertion below carries the same text
        }
        var blocking = found.entrySet().stream()
                .flatMap(e -> e.getValue().stream().filter(Violation::blocking).map(v -> e.getKey() + ": " + v))
                .toList();
        assertThat(blocking)
                .as("serious or critical accessibility violations (or a page without h1) as " + who
                        + " (all: target/axe/" + who + ".txt)\n" + text)
                .isEmpty();
    }
}
