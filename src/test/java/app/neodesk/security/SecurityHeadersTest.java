package app.neodesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** The security headers and cookie flags as a browser receives them, with neodesk.https off and on. */
class SecurityHeadersTest {

    @Nested
    @NeodeskHttpTest
    class OverPlainHttp {

        @LocalServerPort
        int port;

        @Test
        void loginPageCarriesAContentSecurityPolicyThatVaadinCanRunUnder() {
            var page = new HttpUser(port).get("/login");
            assertThat(page.statusCode()).isEqualTo(200);
            var csp = directives(header(page, "Content-Security-Policy"));
            assertThat(csp)
                    .containsEntry("default-src", List.of("'self'"))
                    // Vaadin starts its client engine with an inline script and runs executeJs by constructing
                    // functions.
                    .containsEntry("script-src", List.of("'self'", "'unsafe-inline'", "'unsafe-eval'"))
                    .containsEntry("style-src", List.of("'self'", "'unsafe-inline'"))
                    // XHR and the push websocket go to the same origin only.
                    .containsEntry("connect-src", List.of("'self'"))
                    .containsEntry("img-src", List.of("'self'", "data:", "blob:"))
                    .containsEntry("font-src", List.of("'self'", "data:"))
                    .containsEntry("object-src", List.of("'none'"))
                    .containsEntry("base-uri", List.of("'self'"))
                    .containsEntry("form-action", List.of("'self'"))
                    .containsEntry("frame-ancestors", List.of("'none'"));
        }

        @Test
        void pagesAreNotSniffedNotCachedAndLeakNoReferrerToOtherSites() {
            var page = new HttpUser(port).get("/login");
            assertThat(header(page, "Content-Type")).startsWith("text/html");
            assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(header(page, "Referrer-Policy")).isEqualTo("same-origin");
            assertThat(header(page, "Cache-Control")).isEqualTo("no-store");
            assertThat(page.headers().firstValue("Strict-Transport-Security"))
                    .as("no HSTS unless neodesk.https=true")
                    .isEmpty();
        }

        @Test
        void signedInPagesWithPricesAreNotCachedEither() {
            var user = new HttpUser(port);
            user.get("/login");
            assertThat(user.signIn("trader", "demo").headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
            for (var path : List.of("/", "/history", "/chart?products=nd-metal-cn")) {
                var page = user.get(path);
                assertThat(page.statusCode()).as(path).isEqualTo(200);
                assertThat(header(page, "Cache-Control")).as(path).isEqualTo("no-store");
                assertThat(header(page, "X-Content-Type-Options")).as(path).isEqualTo("nosniff");
                assertThat(page.headers().firstValue("Content-Security-Policy"))
                        .as(path)
                        .isPresent();
            }
        }

        @Test
        void sessionCookieIsSameSiteLaxHttpOnlyAndNotSecureOverPlainHttp() {
            var cookie = sessionCookie(new HttpUser(port).get("/login"));
            assertThat(attributes(cookie)).contains("samesite=lax", "httponly").doesNotContain("secure");
        }

        @Test
        void hashedStaticAssetsStayCacheableAndAreNotSniffed() {
            var user = new HttpUser(port);
            var page = user.get("/login");
            var matcher = Pattern.compile("src=\"(?:\\./|/)?(VAADIN/build/[^\"]+\\.js)\"")
                    .matcher(page.body());
            assertThat(matcher.find())
                    .as("the login page loads a bundle script: %s", page.body())
                    .isTrue();
            var asset = user.get("/" + matcher.group(1));
            assertThat(asset.statusCode()).isEqualTo(200);
            assertThat(header(asset, "Content-Type")).contains("javascript");
            assertThat(header(asset, "X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(asset.headers().firstValue("Cache-Control").orElse("")).doesNotContain("no-store");
            assertThat(asset.headers().firstValue("Pragma"))
                    .as("nothing else forbids caching")
                    .isEmpty();
            assertThat(asset.headers().firstValue("Expires")).isEmpty();
        }
    }

    @Nested
    @NeodeskHttpTest
    @TestPropertySource(properties = "neodesk.https=true")
    class BehindTls {

        @LocalServerPort
        int port;

        @Test
        void sessionCookieIsSecureAndPagesCarryHsts() {
            var page = new HttpUser(port).get("/login");
            assertThat(attributes(sessionCookie(page))).contains("secure", "samesite=lax", "httponly");
            assertThat(header(page, "Strict-Transport-Security")).isEqualTo("max-age=31536000");
            assertThat(header(page, "Content-Security-Policy")).contains("default-src 'self'");
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers()
                .firstValue(name)
                .orElseThrow(() -> new AssertionError(
                        "no " + name + " header; headers: " + response.headers().map()));
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no session cookie: " + response.headers().map()));
    }

    private static List<String> attributes(String cookie) {
        return Arrays.stream(cookie.split(";"))
                .skip(1)
                .map(String::strip)
                .map(String::toLowerCase)
                .toList();
    }

    private static Map<String, List<String>> directives(String policy) {
        var result = new LinkedHashMap<String, List<String>>();
        for (var directive : policy.split(";")) {
            var parts = directive.strip().split("\\s+");
            if (parts.length > 0 && !parts[0].isEmpty()) {
                result.put(parts[0], Arrays.asList(parts).subList(1, parts.length));
            }
        }
        return result;
    }
}
