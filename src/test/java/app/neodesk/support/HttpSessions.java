package app.neodesk.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Signed-in sessions opened over HTTP as a browser opens them, without a browser, and the server's
 * live heap, for the memory benchmarks: {@code GET /login}, {@code POST /login}, then {@code GET} of
 * the page, which builds the Vaadin UI and its first response on the server. Such a session never
 * sends a heartbeat afterwards, exactly like the tab of a killed browser.
 */
public final class HttpSessions {

    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+(\\d+)\\s+(\\d+)\\s*$");

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String base;

    public HttpSessions(String base) {
        this.base = base;
    }

    /** Opens one session on {@code path}, signed in as {@code username} (password demo) unless the path is /login. */
    public void open(String path, String username) throws IOException, InterruptedException {
        var login = get("/login", null);
        var session = cookie(login, null);
        if (path.equals("/login")) {
            return;
        }
        var signIn = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", "JSESSIONID=" + session)
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=demo"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        var location = signIn.headers().firstValue("Location").orElse("");
        if (location.isEmpty() || location.contains("error")) {
            throw new IllegalStateException(
                    "sign-in as " + username + " failed: " + signIn.statusCode() + " " + location);
        }
        session = cookie(signIn, session);
        var page = get(path, session);
        if (page.statusCode() != 200 || !page.body().contains("\"changes\"")) {
            throw new IllegalStateException(path + " did not build its UI on the server: " + page.statusCode());
        }
    }

    private HttpResponse<String> get(String path, String session) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String cookie(HttpResponse<?> response, String current) {
        for (var header : response.headers().allValues("Set-Cookie")) {
            var matcher = SESSION_COOKIE.matcher(header);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        if (current == null) {
            throw new IllegalStateException(
                    "no session cookie in " + response.headers().map());
        }
        return current;
    }

    /** The class histogram of the process's live objects ({@code jcmd GC.class_histogram} runs a full GC first). */
    public static String histogram(long pid) throws IOException, InterruptedException {
        var java = Path.of(ProcessHandle.current().info().command().orElseThrow());
        var process = new ProcessBuilder(
                        java.resolveSibling("jcmd").toString(), Long.toString(pid), "GC.class_histogram")
                .redirectErrorStream(true)
                .start();
        var out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    /** The total bytes of a class histogram. */
    public static long total(String histogram) {
        var matcher = TOTAL.matcher(histogram);
        if (!matcher.find()) {
            throw new IllegalStateException("no total in the histogram:\n" + histogram);
        }
        return Long.parseLong(matcher.group(2));
    }

    /** Waits until a server started with demo data logs "Demo data ready" (at most 20 minutes). */
    public static void awaitDemoReady(Process server, Path log) throws IOException, InterruptedException {
        var deadline = Instant.now().plus(Duration.ofMinutes(20));
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the app exited while starting; see " + log);
            }
            if (Files.readString(log).contains("Demo data ready")) {
                return;
            }
            Thread.sleep(1000); // polling the log for a condition
        }
        throw new IllegalStateException("the app did not start within 20 minutes; see " + log);
    }
}
