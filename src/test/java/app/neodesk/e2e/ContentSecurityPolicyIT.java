package app.neodesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.support.Browser;
import app.neodesk.support.NeodeskServer;
import app.neodesk.support.RequiresBrowser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Real Chromium against the production jar: every page runs under the Content-Security-Policy
 * without a single violation (Vaadin's bootstrap and client engine, push, the chart canvas,
 * icons), while the policy does block what it should.
 */
@RequiresBrowser
class ContentSecurityPolicyIT {

    /**
     * Runs before any script of each page: collects every CSP violation the page reports, and
     * keeps the websockets the page opens (the push connection) to look at.
     */
    private static final String RECORDER = "window.__cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push("
            + "e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' in ' + e.sourceFile + ':' + e.lineNumber));"
            + "window.__sockets = [];"
            + "const NativeWebSocket = window.WebSocket;"
            + "window.WebSocket = function (url, protocols) {"
            + "  const socket = protocols === undefined ? new NativeWebSocket(url) : new NativeWebSocket(url, protocols);"
            + "  window.__sockets.push(socket); return socket; };"
            + "window.WebSocket.prototype = NativeWebSocket.prototype;"
            + "Object.assign(window.WebSocket, {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3});";

    @Test
    void everyPageRunsUnderThePolicyWithoutAViolation() {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            ((ChromeDriver) browser.driver())
                    .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
            var violations = new ArrayList<String>();
            browser.signIn("admin", "demo");
            // Push connects over a same-origin websocket (a blocked one would fall back to long polling).
            browser.waitUntil(d -> Boolean.TRUE.equals(browser.script(
                    "return window.__sockets.some(" + "s => s.readyState === 1 && s.url.includes('VAADIN/push'))")));
            violations.addAll(violations(browser, "sign-in and dashboard"));

            for (var path : List.of(
                    "/history", "/drivers", "/drivers/scorecard", "/quotes/new", "/admin/users", "/admin/audit")) {
                browser.open(path);
                browser.waitFor(By.tagName("vaadin-app-layout"));
                browser.waitUntil(d -> d.findElements(By.cssSelector("vaadin-grid, vaadin-form-layout, h1"))
                                .size()
                        > 0);
                violations.addAll(violations(browser, path));
            }
            browser.open("/chart?products=nd-metal-cn&range=All");
            assertThat(browser.chartPixels()).as("the chart draws").isGreaterThan(500);
            violations.addAll(violations(browser, "chart"));

            assertThat(violations).isEmpty();
        }
    }

    @Test
    void thePolicyBlocksAnImageFromAnotherSite() {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            ((ChromeDriver) browser.driver())
                    .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
            browser.open("/login");
            browser.waitFor(By.tagName("vaadin-login-form"));
            browser.script("const img = new Image(); img.src = 'https://example.invalid/pixel.png';"
                    + "document.body.appendChild(img);");
            browser.waitUntil(d -> !violations(browser, "login").isEmpty());
            assertThat(violations(browser, "login"))
                    .singleElement()
                    .asString()
                    .startsWith("login: img-src blocked https://example.invalid/pixel.png");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> violations(Browser browser, String page) {
        var found = (List<Object>) browser.script("return window.__cspViolations || []");
        return found.stream().map(v -> page + ": " + v).toList();
    }
}
