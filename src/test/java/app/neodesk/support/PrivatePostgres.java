package app.neodesk.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL cluster of this test run, started from the server binaries of the machine
 * (Debian's {@code /usr/lib/postgresql/<version>/bin}, the newest version found) on a free port of
 * 127.0.0.1, with trust authentication, its data and socket under target/. Tests may stop and start it
 * (a real database restart) without touching the machine's shared PostgreSQL. PostgreSQL refuses to run
 * as root, so under root its programs run as the {@code postgres} OS user through {@code runuser}.
 * {@link #close()} stops it and deletes its directory.
 */
public final class PrivatePostgres implements AutoCloseable {

    private static final Path DEBIAN = Path.of("/usr/lib/postgresql");
    private static final String OS_USER = "postgres";

    private final Path bin;
    private final Path dir;
    private final Path data;
    private final Path log;
    private final int port;
    private final Thread shutdownHook = new Thread(this::stopNow);
    private boolean running;

    private PrivatePostgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.data = dir.resolve("data");
        this.log = dir.resolve("server.log");
        this.port = port;
    }

    /** The directory with {@code initdb}, {@code pg_ctl} and {@code postgres}, when this machine has one. */
    public static Optional<Path> serverBinaries() {
        if (!Files.isDirectory(DEBIAN)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(DEBIAN)) {
            return versions.filter(v -> v.getFileName().toString().matches("\\d+(\\.\\d+)?"))
                    .sorted(Comparator.comparingDouble((Path v) ->
                                    Double.parseDouble(v.getFileName().toString()))
                            .reversed())
                    .map(v -> v.resolve("bin"))
                    .filter(b ->
                            Stream.of("initdb", "pg_ctl", "postgres").allMatch(p -> Files.isExecutable(b.resolve(p))))
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Why this machine cannot run a private cluster, or empty when it can. */
    public static Optional<String> missing() {
        if (serverBinaries().isEmpty()) {
            return Optional.of("no PostgreSQL server binaries (initdb, pg_ctl, postgres) under " + DEBIAN
                    + "/<version>/bin: install postgresql");
        }
        if (isRoot()
                && !Files.isExecutable(Path.of("/usr/sbin/runuser"))
                && !Files.isExecutable(Path.of("/sbin/runuser"))) {
            return Optional.of(
                    "running as root, and runuser (util-linux) is missing to start PostgreSQL as " + OS_USER);
        }
        return Optional.empty();
    }

    /** Creates a new cluster in a fresh directory under target/ and starts it. */
    public static PrivatePostgres start() throws IOException, InterruptedException {
        var why = missing();
        if (why.isPresent()) {
            throw new IllegalStateException("Cannot start a private PostgreSQL: " + why.get());
        }
        var dir = Path.of(
                        "target",
                        "private-postgres",
                        UUID.randomUUID().toString().substring(0, 8))
                .toAbsolutePath();
        Files.createDirectories(dir);
        var cluster = new PrivatePostgres(serverBinaries().orElseThrow(), dir, freePort());
        try {
            if (isRoot()) {
                var owner = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(OS_USER);
                Files.setOwner(dir, owner);
            }
            cluster.run(
                    Duration.ofSeconds(120),
                    "initdb",
                    "-D",
                    cluster.data.toString(),
                    "-U",
                    "postgres",
                    "-A",
                    "trust",
                    "-E",
                    "UTF8",
                    "--locale=C",
                    "--no-sync");
            Runtime.getRuntime().addShutdownHook(cluster.shutdownHook);
            cluster.startServer();
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public String user() {
        return "postgres";
    }

    /** Starts the stopped server again, on the same port and data directory; returns when it accepts connections. */
    public void startServer() throws IOException, InterruptedException {
        var options = "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off";
        run(
                Duration.ofSeconds(90),
                "pg_ctl",
                "-D",
                data.toString(),
                "-l",
                log.toString(),
                "-w",
                "-t",
                "60",
                "-o",
                options,
                "start");
        running = true;
    }

    /** Stops the server as an operator would for a restart ({@code pg_ctl stop -m fast}): it ends every session. */
    public void stopServer() throws IOException, InterruptedException {
        run(Duration.ofSeconds(90), "pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "-t", "60", "stop");
        running = false;
    }

    /** Stops the server if it runs and deletes the cluster's directory. */
    @Override
    public void close() {
        stopNow();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException | IllegalArgumentException alreadyShuttingDownOrNotAdded) {
            // nothing to remove
        }
        deleteTree(dir);
    }

    private void stopNow() {
        if (!Files.exists(data.resolve("postmaster.pid"))) {
            return;
        }
        try {
            run(Duration.ofSeconds(60), "pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not stop the private PostgreSQL in " + dir + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running = false;
    }

    public boolean isRunning() {
        return running;
    }

    private void run(Duration timeout, String program, String... arguments) throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        if (isRoot()) {
            command.addAll(List.of("runuser", "-u", OS_USER, "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        var output = dir.resolve(program + ".out");
        var process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
                .start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(program + " did not finish within " + timeout + ":\n" + tail(output));
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (exit " + process.exitValue() + "):\n"
                    + tail(output) + "\n" + tail(log));
        }
    }

    private static String tail(Path file) {
        try {
            if (!Files.exists(file)) {
                return "";
            }
            var lines = Files.readAllLines(file);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(" + file + " unreadable: " + e.getMessage() + ")";
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    System.err.println("Could not delete " + p + ": " + e.getMessage());
                }
            });
        } catch (IOException e) {
            System.err.println("Could not delete " + root + ": " + e.getMessage());
        }
    }
}
