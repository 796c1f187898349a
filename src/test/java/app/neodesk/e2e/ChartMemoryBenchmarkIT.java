package app.neodesk.e2e;

import static app.neodesk.support.BenchmarkReport.upperMedian;
import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.support.BenchmarkReport;
import app.neodesk.support.HttpSessions;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Server heap per session (issue 10): how much live heap one signed-in trader costs with the chart
 * of four products over "All" open, against same-run baselines of the login page, the dashboard and
 * the history. Not part of the normal build.
 * <pre>
 * ./mvnw -o package -DskipTests
 * ./mvnw -o failsafe:integration-test failsafe:verify -Dit.test=ChartMemoryBenchmarkIT \
 *     -Dneodesk.benchmark=chart-memory [-Dneodesk.benchmark.jars=/tmp/before.jar,target/neodesk-0.1.0-SNAPSHOT.jar]
 * </pre>
 * With several jars (e.g. before and after a change), all servers start together and are measured
 * one after the other in the same run. {@code -Dneodesk.benchmark.servers=41921:7191,36071:7202}
 * measures servers already running in demo mode with the history (port:pid), and
 * {@code -Dneodesk.benchmark.sessions=10,30} changes the session counts (default 10, 30, 60).
 * Starts the production jar ({@code -Xmx2g}, demo mode with the ten-year history, fresh H2 file) and
 * opens real sessions over HTTP, as a browser does: {@code GET /login}, {@code POST /login} as
 * trader, then {@code GET} of the page, which builds the Vaadin UI and its first response on the
 * server. The sessions stay open. For each page and each N of 10, 30 and 60, the live heap (the
 * total of {@code jcmd GC.class_histogram}, which runs a full GC first) is taken before and after
 * opening N sessions: (after − before) / N is the cost of one session. The class histogram diff of
 * the 60 chart sessions shows where it goes. Results go to target/benchmark-chart-memory.md.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "neodesk.benchmark", matches = "chart-memory")
class ChartMemoryBenchmarkIT {

    static final String CHART = "/chart?products=nd-metal-cn,nd-oxide-cn,pr-oxide-cn,prnd-oxide-cn&range=All";
    static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("login page (anonymous)", "/login");
        PAGES.put("dashboard", "/");
        PAGES.put("history", "/history");
        PAGES.put("chart, 4 products, All", CHART);
    }

    static final int[] SESSIONS = Arrays.stream(
                    System.getProperty("neodesk.benchmark.sessions", "10,30,60").split(","))
            .mapToInt(n -> Integer.parseInt(n.strip()))
            .toArray();
    private static final Pattern ROW = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    private final BenchmarkReport report = BenchmarkReport.overridable("benchmark-chart-memory.md");
    private Process server;
    private long pid;
    private String base;
    private HttpSessions sessions;

    @Test
    void heapPerSession() throws Exception {
        var running = System.getProperty("neodesk.benchmark.servers");
        if (running != null) {
            for (var server : running.split(",")) {
                var portAndPid = server.strip().split(":");
                base = "http://localhost:" + portAndPid[0];
                sessions = new HttpSessions(base);
                pid = Long.parseLong(portAndPid[1]);
                measure("running server, port " + portAndPid[0] + ", "
                        + ProcessHandle.of(pid)
                                .flatMap(h -> h.info().arguments())
                                .map(a -> String.join(" ", a))
                                .orElse("?")
                                .replaceAll(".*-jar (\\S+).*", "$1"));
            }
            System.out.println(report);
            return;
        }
        var jars = System.getProperty("neodesk.benchmark.jars", System.getProperty("neodesk.jar"))
                .split(",");
        var servers = new ArrayList<Process>();
        var bases = new ArrayList<String>();
        try {
            for (var jar : jars) {
                start(Path.of(jar.strip()));
                servers.add(server);
                bases.add(base);
            }
            for (int i = 0; i < jars.length; i++) {
                HttpSessions.awaitDemoReady(servers.get(i), logs.get(servers.get(i)));
            }
            for (int i = 0; i < jars.length; i++) {
                server = servers.get(i);
                pid = server.pid();
                base = bases.get(i);
                sessions = new HttpSessions(base);
                measure(jars[i].strip());
            }
        } finally {
            report.save();
            servers.forEach(Process::destroy);
        }
        System.out.println(report);
        assertThat(report.toString()).contains("chart");
    }

    private void measure(String jar) throws Exception {
        {
            line("Jar: %s", jar);
            line("%s; server -Xmx2g, G1, demo history", report.machineWithoutMemory());
            line("");
            line("| page | N | live heap before (MB) | after (MB) | per session (KB) |");
            line("|---|---:|---:|---:|---:|");
            // Warm-up: classes, caches and the first UI of each page are not per-session costs.
            for (var path : PAGES.values()) {
                open(path);
            }
            var perSession = new LinkedHashMap<String, List<Long>>();
            Map<String, long[]> chartGrowth = Map.of();
            for (int n : SESSIONS) {
                for (var page : PAGES.entrySet()) {
                    var before = histogram();
                    for (int i = 0; i < n; i++) {
                        open(page.getValue());
                    }
                    var after = histogram();
                    long per = (total(after) - total(before)) / n;
                    perSession
                            .computeIfAbsent(page.getKey(), k -> new ArrayList<>())
                            .add(per);
                    line(
                            "| %s | %d | %.1f | %.1f | %d |",
                            page.getKey(), n, total(before) / 1e6, total(after) / 1e6, per / 1024);
                    if (page.getValue().equals(CHART) && n == SESSIONS[SESSIONS.length - 1]) {
                        chartGrowth = growth(before, after);
                    }
                }
            }
            line("");
            line(
                    "Median per session (KB): %s",
                    String.join(
                            ", ",
                            perSession.entrySet().stream()
                                    .map(e -> e.getKey() + " " + upperMedian(e.getValue()) / 1024)
                                    .toList()));
            line("");
            line(
                    "Largest growth per chart session, %d sessions (class histogram after − before):",
                    SESSIONS[SESSIONS.length - 1]);
            line("");
            line("| class | instances | KB |");
            line("|---|---:|---:|");
            int n = SESSIONS[SESSIONS.length - 1];
            chartGrowth.entrySet().stream()
                    .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1])
                            .reversed())
                    .limit(15)
                    .forEach(e ->
                            line("| %s | %d | %.1f |", e.getKey(), e.getValue()[0] / n, e.getValue()[1] / 1024.0 / n));
            line("");
        }
    }

    private void open(String path) throws IOException, InterruptedException {
        sessions.open(path, "trader");
    }

    private String histogram() throws IOException, InterruptedException {
        return HttpSessions.histogram(pid);
    }

    private static long total(String histogram) {
        return HttpSessions.total(histogram);
    }

    private static Map<String, long[]> rows(String histogram) {
        var rows = new HashMap<String, long[]>();
        var matcher = ROW.matcher(histogram);
        while (matcher.find()) {
            rows.merge(
                    matcher.group(3),
                    new long[] {Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2))},
                    (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
        }
        return rows;
    }

    private static Map<String, long[]> growth(String before, String after) {
        var old = rows(before);
        var growth = new HashMap<String, long[]>();
        rows(after).forEach((name, now) -> {
            var was = old.getOrDefault(name, new long[2]);
            growth.put(name, new long[] {now[0] - was[0], now[1] - was[1]});
        });
        return growth;
    }

    private void start(Path jar) throws IOException {
        assertThat(jar).as("the production jar; run ./mvnw package first").isRegularFile();
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        base = "http://localhost:" + port;
        var work = Files.createTempDirectory("neodesk-memory-");
        var log = work.resolve("server.log");
        var java = ProcessHandle.current().info().command().orElse("java");
        server = new ProcessBuilder(
                        java,
                        "-Xmx2g",
                        "-XX:+UseG1GC",
                        "-jar",
                        jar.toString(),
                        "--server.port=" + port,
                        "--neodesk.demo.enabled=true",
                        "--neodesk.demo.history=true",
                        "--spring.datasource.url=jdbc:h2:file:" + work.resolve("db") + "/neodesk")
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        logs.put(server, log);
    }

    private final Map<Process, Path> logs = new HashMap<>();

    /** Appends the line and saves the report at once, so that a run that fails keeps what it measured. */
    private void line(String format, Object... args) {
        report.line(format, args).save();
    }
}
