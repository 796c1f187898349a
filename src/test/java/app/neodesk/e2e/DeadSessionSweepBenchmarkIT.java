package app.neodesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.support.BenchmarkReport;
import app.neodesk.support.HttpSessions;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Killed browsers (issue 13): the live heap of the production jar before N chart sessions are
 * opened, with them open, and after their UIs stopped sending heartbeats, sampled until it is back
 * near the baseline. The sessions are opened over HTTP ({@link HttpSessions}) and never send a
 * heartbeat, as the tabs of a killed browser. Not part of the normal build:
 * <pre>
 * ./mvnw -o package -DskipTests
 * ./mvnw -o failsafe:integration-test failsafe:verify -Dit.test=DeadSessionSweepBenchmarkIT \
 *     -Dneodesk.benchmark=dead-sessions [-Dneodesk.benchmark.sessions=100] [-Dneodesk.benchmark.heartbeat=120] \
 *     [-Dneodesk.benchmark.sweep=false]
 * </pre>
 * The server runs with the production settings unless a shorter heartbeat interval (seconds) is given;
 * a UI is dead after three missed heartbeats and the sweep runs every minute; {@code sweep=false} is the
 * comparison without the sweep. Results go to target/benchmark-dead-sessions*.md.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "neodesk.benchmark", matches = "dead-sessions")
class DeadSessionSweepBenchmarkIT {

    static final String CHART = "/chart?products=nd-metal-cn,nd-oxide-cn,pr-oxide-cn,prnd-oxide-cn&range=All";
    static final int SESSIONS = Integer.getInteger("neodesk.benchmark.sessions", 100);
    static final int HEARTBEAT = Integer.getInteger("neodesk.benchmark.heartbeat", 120);
    /** false: the same run without the sweep (a sweep interval of days), as the comparison. */
    static final boolean SWEEP = Boolean.parseBoolean(System.getProperty("neodesk.benchmark.sweep", "true"));

    static final String OUT = SWEEP ? "benchmark-dead-sessions.md" : "benchmark-dead-sessions-no-sweep.md";

    @Test
    void heapReturnsToTheBaselineAfterBrowsersAreKilled() throws Exception {
        var jar = Path.of(System.getProperty("neodesk.jar"));
        assertThat(jar).as("the production jar; run ./mvnw package first").isRegularFile();
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var work = Files.createTempDirectory("neodesk-sweep-");
        var log = work.resolve("server.log");
        var java = ProcessHandle.current().info().command().orElse("java");
        var server = new ProcessBuilder(
                        java,
                        "-Xmx2g",
                        "-XX:+UseG1GC",
                        "-jar",
                        jar.toString(),
                        "--server.port=" + port,
                        "--neodesk.demo.enabled=true",
                        "--neodesk.demo.history=true",
                        "--vaadin.heartbeatInterval=" + HEARTBEAT,
                        "--neodesk.sessions.sweep-interval=" + (SWEEP ? "60s" : "100000s"),
                        "--spring.datasource.url=jdbc:h2:file:" + work.resolve("db") + "/neodesk")
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        var report = new BenchmarkReport(OUT);
        try {
            HttpSessions.awaitDemoReady(server, log);
            var sessions = new HttpSessions("http://localhost:" + port);
            sessions.open(CHART, "trader"); // warm-up: classes and caches are not per-session costs
            long deadAfter = HEARTBEAT * 3L;
            report.line(
                    "%s; server -Xmx2g, G1, demo history, heartbeat %d s (a UI is dead after %d s), %s, %d chart"
                            + " sessions of 4 products over All",
                    report.machineWithoutMemory(),
                    HEARTBEAT,
                    deadAfter,
                    SWEEP ? "sweep every 60 s" : "no sweep",
                    SESSIONS);
            report.line("");
            report.line("| moment | s since the sessions were opened | live heap MB |");
            report.line("|---|---:|---:|");
            long baseline = heap(server);
            row(report, "baseline (warm-up session still open)", 0, baseline);
            for (int i = 0; i < SESSIONS; i++) {
                sessions.open(CHART, "trader");
            }
            var opened = Instant.now();
            long open = heap(server);
            row(report, SESSIONS + " sessions open", 0, open);
            var deadline = opened.plus(Duration.ofSeconds(deadAfter + 180));
            long now = open;
            while (Instant.now().isBefore(deadline)) {
                Thread.sleep(15_000);
                now = heap(server);
                long seconds = Duration.between(opened, Instant.now()).toSeconds();
                row(report, "after", seconds, now);
                if (seconds > deadAfter && now - baseline < (open - baseline) / 10) {
                    break;
                }
            }
            report.line("");
            report.line(
                    "Per session while open: %d KB. Left at the end: %d KB in all (%.1f%% of what the sessions held).",
                    (open - baseline) / SESSIONS / 1024,
                    (now - baseline) / 1024,
                    100.0 * (now - baseline) / (open - baseline));
            report.write();
            if (SWEEP) {
                assertThat(now - baseline).as("heap left after the sweep").isLessThan((open - baseline) / 10);
            }
        } finally {
            server.destroy();
        }
    }

    private static long heap(Process server) throws IOException, InterruptedException {
        return HttpSessions.total(HttpSessions.histogram(server.pid()));
    }

    private static void row(BenchmarkReport report, String moment, long seconds, long bytes) {
        report.line("| %s | %d | %.1f |", moment, seconds, bytes / 1e6);
    }
}
