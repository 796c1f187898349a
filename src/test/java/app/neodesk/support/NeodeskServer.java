package app.neodesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;

/**
 * The production jar built by {@code mvn package}, started once per test JVM with {@code java -jar}
 * on a random free port, in demo mode, on a fresh H2 file database in a temporary folder. This is
 * what users run, so browser tests exercise the real production frontend bundle.
 */
public final class NeodeskServer {

    private static NeodeskServer instance;
    private static NeodeskServer withHistory;

    private final Process process;
    private final int port;
    private final String baseUrl;
    private final Path log;

    private NeodeskServer(boolean history) throws IOException {
        var jar = System.getProperty("neodesk.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("The production jar was not found (" + jar + "): browser tests run "
                    + "in the integration-test phase of ./mvnw verify, after the jar is packaged");
        }
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
            baseUrl = "http://localhost:" + port;
        }
        var work = Files.createTempDirectory("neodesk-e2e-");
        log = work.resolve("server.log");
        var java = ProcessHandle.current().info().command().orElse("java");
        var command = new ArrayList<String>();
        command.add(java);
        command.add("-Xmx768m");
        command.add("-jar");
        command.add(jar);
        command.add("--server.port=" + port);
        command.add("--neodesk.demo.enabled=true");
        command.add("--neodesk.demo.history=" + history);
        command.add("--spring.datasource.url=jdbc:h2:file:" + work.resolve("db") + "/neodesk");
        process = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        awaitStarted();
    }

    public static synchronized NeodeskServer get() {
        if (instance == null && RUNNING != null) {
            instance = new NeodeskServer(RUNNING);
        }
        if (instance == null) {
            try {
                instance = new NeodeskServer(HISTORY_BY_DEFAULT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /**
     * A server whose demo products have the ten-year history (2016-01-04 to the seed days), for
     * tests of long ranges: the shared one when it was started with {@code -Dneodesk.e2e.history=true},
     * else a second instance started once per test JVM.
     */
    public static synchronized NeodeskServer withHistory() {
        if (HISTORY_BY_DEFAULT || RUNNING != null) {
            return get();
        }
        if (withHistory == null) {
            try {
                withHistory = new NeodeskServer(true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return withHistory;
    }

    private static final boolean HISTORY_BY_DEFAULT = Boolean.getBoolean("neodesk.e2e.history");
    /**
     * {@code -Dneodesk.e2e.url=http://localhost:8080}: use a server already running in demo mode
     * with the history (e.g. on a loaded machine where starting one takes longer than the timeout).
     */
    private static final String RUNNING = System.getProperty("neodesk.e2e.url");
    /** Minutes to wait for the app to start ({@code -Dneodesk.e2e.start-minutes}, default 3). */
    private static final long START_MINUTES = Long.getLong("neodesk.e2e.start-minutes", 3);

    private NeodeskServer(String url) {
        process = null;
        port = URI.create(url).getPort();
        baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        log = null;
    }

    public String baseUrl() {
        return baseUrl;
    }

    private void awaitStarted() throws IOException {
        var client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var deadline = Instant.now().plus(Duration.ofMinutes(START_MINUTES));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited while starting:\n" + tail());
            }
            try {
                var response = client.send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).build(),
                        HttpResponse.BodyHandlers.discarding());
                // Demo data is seeded by an ApplicationRunner after the server starts listening.
                if (response.statusCode() == 200 && Files.readString(log).contains("Demo data ready")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        var tail = tail();
        process.destroy();
        throw new IllegalStateException("The app did not start within " + START_MINUTES + " minutes:\n" + tail);
    }

    private String tail() throws IOException {
        var lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
