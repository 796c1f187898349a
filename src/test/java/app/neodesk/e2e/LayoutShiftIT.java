package app.neodesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.support.Browser;
import app.neodesk.support.NeodeskServer;
import app.neodesk.support.RequiresBrowser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Start-up (issue 10 item 8): no layout shift after first paint on the sign-in page and the
 * dashboard (the chart: {@link ChartDataIT}), measured in Chromium at 1400 × 900 with the Layout
 * Instability API as Lighthouse sums it; and the page asks for Vaadin's start-up modules up front.
 */
@RequiresBrowser
class LayoutShiftIT {

    @Test
    void signInPageDoesNotShiftItsLayoutAfterFirstPaint() {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            recordShifts(browser);
            browser.open("/login");
            browser.waitUntil(d -> d.findElement(By.cssSelector("vaadin-login-form input[name='username']"))
                    .isDisplayed());
            browser.waitFor(By.cssSelector(".demo-accounts"));
            cls(browser, "/login");
        }
    }

    @Test
    void dashboardDoesNotShiftItsLayoutAfterFirstPaint() {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            recordShifts(browser);
            browser.signIn("trader", "demo");
            browser.open("/");
            browser.waitUntil(d -> !d.findElements(By.cssSelector(".watch-tile .sparkline svg"))
                    .isEmpty());
            cls(browser, "/");
        }
    }

    @Test
    void pagesPreloadVaadinsStartUpModules() throws Exception {
        var base = NeodeskServer.get().baseUrl();
        var client = HttpClient.newHttpClient();
        var html = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        var links = Pattern.compile("<link rel=\"modulepreload\" href=\"\\./(VAADIN/build/[^\"]+)\">")
                .matcher(html)
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(links)
                .as("preloaded modules in %s", html)
                .anyMatch(l -> l.contains("/FlowClient-"))
                .anyMatch(l -> l.contains("/FlowBootstrap-"))
                .anyMatch(l -> l.contains("/generated-flow-imports-"));
        for (var link : links) {
            var status = client.send(
                            HttpRequest.newBuilder(URI.create(base + "/" + link))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            assertThat(status).as(link).isEqualTo(200);
        }
    }

    /** Records, in every page loaded from now on, each layout shift not caused by input. */
    static void recordShifts(Browser browser) {
        ((ChromeDriver) browser.driver())
                .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ChartDataIT.SHIFTS));
    }

    /** Asserts that the current page's layout shifts add up to less than 0.1 (all shifts, as one session: stricter than Lighthouse's CLS). */
    static void cls(Browser browser, String page) {
        @SuppressWarnings("unchecked")
        var shifts = (List<Map<String, Object>>) browser.script("return window.__shifts;");
        double cls = shifts.stream()
                .mapToDouble(s -> ((Number) s.get("value")).doubleValue())
                .sum();
        System.out.printf("CLS on %s: %.4f %s%n", page, cls, shifts);
        assertThat(cls).as("cumulative layout shift on %s: %s", page, shifts).isLessThan(0.1);
    }
}
