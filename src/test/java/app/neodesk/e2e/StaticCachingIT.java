package app.neodesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.support.NeodeskServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Against the production jar: the bundle's content-hashed files are cached for a year and marked
 * immutable, files without a hash and pages are not, and the favicon is served without a sign-in.
 */
class StaticCachingIT {

    private static final Pattern BUNDLE_FILE = Pattern.compile("/?(VAADIN/build/[^\"']+?-[A-Za-z0-9_-]{8}\\.js)");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void hashedBundleFilesAreCachedForAYearAndPagesAreNot() throws Exception {
        var page = get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        var asset = BUNDLE_FILE.matcher(page.body());
        assertThat(asset.find())
                .as("the sign-in page loads a hashed bundle file")
                .isTrue();

        var file = get("/" + asset.group(1));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");

        var missing = get("/VAADIN/build/missing-AAAAAAAA.js");
        assertThat(missing.statusCode())
                .as("a missing file is not served (sent to sign-in)")
                .isNotEqualTo(200);
        assertThat(missing.headers().firstValue("Cache-Control").orElse("")).doesNotContain("immutable");

        var unhashed = get("/styles.css");
        assertThat(unhashed.statusCode()).isEqualTo(200);
        assertThat(unhashed.headers().firstValue("Cache-Control").orElse("")).doesNotContain("immutable");
    }

    @Test
    void faviconAndAppIconAreServedWithoutSignIn() throws Exception {
        var ico = get("/favicon.ico");
        assertThat(ico.statusCode()).isEqualTo(200);
        assertThat(ico.headers().firstValue("Content-Type").orElse("")).contains("icon");
        var png = get("/icons/icon.png");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(get("/login").body()).contains("icons/icon.png");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(NeodeskServer.get().baseUrl() + path))
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
