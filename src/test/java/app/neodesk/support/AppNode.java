package app.neodesk.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One process started from the production jar ({@code -Dneodesk.jar}) or another program, on a free
 * port, its output in a file under target/two-nodes for debugging. {@link #kill()} ends it at once,
 * like a crash. Neodesk nodes run the jar's extracted layout, as docs/DEPLOY.md has the nodes behind
 * the balancer run it (the single test server, {@link NeodeskServer}, runs the jar itself).
 */
public final class AppNode implements AutoCloseable {

    /** The extracted application jar, once {@link #extracted} made it. */
    private static @Nullable Path extracted;

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;
    private final Instant started = Instant.now();

    private AppNode(String name, int port, List<String> command) throws IOException {
        this.name = name;
        this.port = port;
        var dir = Path.of("target", "two-nodes");
        Files.createDirectories(dir);
        log = dir.resolve(name + "-" + System.currentTimeMillis() + ".log").toAbsolutePath();
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    }

    /** The Neodesk jar with these arguments, plus {@code --server.port}. */
    public static AppNode neodesk(String name, List<String> arguments) throws IOException {
        return neodesk(name, List.of("-Xmx512m"), arguments);
    }

    /** The Neodesk jar with these JVM options and arguments, plus {@code --server.port}. */
    public static AppNode neodesk(String name, List<String> jvmOptions, List<String> arguments) throws IOException {
        var jar = System.getProperty("neodesk.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("The production jar was not found (" + jar + "): run ./mvnw package first");
        }
        var port = freePort();
        var command = new ArrayList<>(List.of(java()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", extracted(Path.of(jar)).toString(), "--server.port=" + port));
        command.addAll(arguments);
        return new AppNode(name, port, command);
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /**
     * The production jar extracted as docs/DEPLOY.md does it ({@code java -Djarmode=tools -jar … extract}):
     * the application jar with its libraries as plain jars beside it. Extracted once per test JVM.
     */
    private static synchronized Path extracted(Path jar) throws IOException {
        if (extracted == null) {
            var destination = jar.toAbsolutePath().resolveSibling("neodesk-extracted");
            var tool = new ProcessBuilder(
                            java(),
                            "-Djarmode=tools",
                            "-jar",
                            jar.toString(),
                            "extract",
                            "--force",
                            "--destination",
                            destination.toString())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(tool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            try {
                if (tool.waitFor() != 0) {
                    throw new IllegalStateException("Extracting " + jar + " failed: " + output);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while extracting " + jar, e);
            }
            extracted = destination.resolve(jar.getFileName());
        }
        return extracted;
    }

    /** Any other program (HAProxy) listening on {@code port}. */
    public static AppNode program(String name, int port, List<String> command) throws IOException {
        return new AppNode(name, port, command);
    }

    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /**
     * Waits until GET {@code path} answers 200 and the log holds {@code logLine} (null: any log);
     * returns the time since the process was started.
     */
    public Duration awaitReady(String path, String logLine, Duration timeout) throws IOException, InterruptedException {
        var client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited while starting (" + log + "):\n" + tail());
            }
            try {
                var response = client.send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + path))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200
                        && (logLine == null || Files.readString(log).contains(logLine))) {
                    return Duration.between(started, Instant.now());
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not ready within " + timeout + " (" + log + "):\n" + tail());
    }

    /** Ends the process at once (SIGKILL), as a crash would, and waits until it is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public long pid() {
        return process.pid();
    }

    /** Asks the process to stop (SIGTERM: a graceful shutdown) and waits until it is gone. */
    public void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String tail() throws IOException {
        var lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
