package app.neodesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.support.Browser;
import app.neodesk.support.NeodeskServer;
import app.neodesk.support.RequiresBrowser;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Unknown addresses, missing records and forbidden pages answer with the real HTTP status and an
 * in-app page (menu, title, a way back) against the production jar, never a bare server error page.
 */
@RequiresBrowser
class ErrorPagesIT {

    @Test
    void signedInViewerGetsStatus404And403WithInAppPages() throws Exception {
        var http = signedIn("trader", "demo");
        assertThat(get(http, "/nonexistent")).satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.body()).contains("Page not found").doesNotContain("HTTP ERROR");
        });
        assertThat(get(http, "/drivers/999999999")).satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.body()).contains("Driver not found");
        });
        for (var forbidden : new String[] {"/quotes/new", "/admin/users", "/admin/audit"}) {
            assertThat(get(http, forbidden)).satisfies(r -> {
                assertThat(r.statusCode()).as(forbidden).isEqualTo(403);
                assertThat(r.body()).contains("Not allowed").doesNotContain("Could not navigate");
            });
        }
        assertThat(get(http, "/history").statusCode()).isEqualTo(200);
    }

    @Test
    void anonymousVisitorOfAnUnknownAddressIsSentToSignIn() throws Exception {
        var http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        var response = get(http, "/nonexistent");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void notFoundPageInTheBrowserKeepsTheMenuAndLeadsBack() {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            browser.signIn("trader", "demo");
            browser.open("/no/such/page");
            assertThat(browser.waitForText(By.tagName("h1"), t -> !t.isBlank())).isEqualTo("Page not found");
            assertThat(browser.menuTexts()).contains("Dashboard", "History");
            assertThat(browser.driver().getTitle()).isEqualTo("Page not found · Neodesk");
            browser.click(By.className("error-back"));
            browser.waitFor(By.className("watch-tile"));
        }
    }

    private static HttpClient signedIn(String user, String password) throws IOException, InterruptedException {
        var http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        get(http, "/login");
        var form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var login = http.send(
                HttpRequest.newBuilder(URI.create(NeodeskServer.get().baseUrl() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(login.headers().firstValue("Location"))
                .as("signed in")
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return http;
    }

    private static HttpResponse<String> get(HttpClient http, String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(NeodeskServer.get().baseUrl() + path))
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
