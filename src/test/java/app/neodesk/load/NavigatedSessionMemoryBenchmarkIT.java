package app.neodesk.load;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.support.AppNode;
import app.neodesk.support.BenchmarkReport;
import app.neodesk.support.HttpSessions;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Server heap per open session when the user reached the page by a link in the app, as traders do:
 * sign in, the dashboard, then the router's navigate event to the page, whose data comes in a UIDL
 * response. ({@code ChartMemoryBenchmarkIT} loads each page directly, so its data comes inside the
 * HTML page; Vaadin keeps no copy of that, while it keeps each UI's last UIDL response for a resend.)
 * Not part of the normal build:
 * <pre>
 * ./mvnw package -DskipTests
 * ./mvnw failsafe:integration-test -Dit.test=NavigatedSessionMemoryBenchmarkIT \
 *     -Dneodesk.benchmark=session-memory [-Dneodesk.benchmark.sessions=20]
 * </pre>
 * Starts the production jar on a fresh H2 file with the ten-year demo history and, per page, opens N
 * sessions that stay open; the live heap (a full GC by {@code jcmd GC.class_histogram}) before and
 * after gives (after − before) / N, after a warm-up round of 3 sessions per page (not measured) that
 * also fills the per-node caches (series, encoded series, catalog). Results go to
 * target/benchmark-session-memory.md.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "neodesk.benchmark", matches = "session-memory")
class NavigatedSessionMemoryBenchmarkIT {

    private static final int SESSIONS = Integer.getInteger("neodesk.benchmark.sessions", 20);

    private record Page(String label, String route, String query) {}

    @Test
    void heapPerSessionOpenedByInAppNavigation() throws Exception {
        var pages = List.of(
                new Page("dashboard", "", ""),
                new Page("chart, 4 products, All", "chart", Trader.CHART_QUERY),
                new Page("history", "history", ""),
                new Page("drivers", "drivers", ""));
        var work = Files.createTempDirectory("neodesk-session-memory-");
        var report = new BenchmarkReport("benchmark-session-memory.md")
                .append("# Heap per session opened by in-app navigation\n\n")
                .append(SESSIONS)
                .append(" sessions per page, ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, server -Xmx1g, H2 with the demo history.\n\n| page | KB per session |\n|---|---:|\n");
        try (var node = AppNode.neodesk(
                "session-memory",
                List.of("-Xmx1g"),
                List.of(
                        "--neodesk.demo.enabled=true",
                        "--neodesk.demo.history=true",
                        "--spring.datasource.url=jdbc:h2:file:" + work.resolve("db") + "/neodesk"))) {
            node.awaitReady("/actuator/health/readiness", "Demo data ready", Duration.ofMinutes(10));
            var http = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            var open = new ArrayList<UidlTab>(); // kept, so the sessions stay as a user's would
            for (var page : pages) {
                open.addAll(openSessions(http, node.baseUrl(), page, 3, new Recorder()));
            }
            for (var page : pages) {
                var recorder = new Recorder();
                long before = HttpSessions.total(HttpSessions.histogram(node.pid()));
                open.addAll(openSessions(http, node.baseUrl(), page, SESSIONS, recorder));
                long after = HttpSessions.total(HttpSessions.histogram(node.pid()));
                assertThat(recorder.firstErrors())
                        .as("errors opening " + page.label())
                        .isEmpty();
                report.append("| ")
                        .append(page.label())
                        .append(" | ")
                        .append("%,d".formatted((after - before) / SESSIONS / 1024))
                        .append(" |\n");
            }
            assertThat(open).hasSize(pages.size() * (SESSIONS + 3));
        }
        report.write();
    }

    /** Signs in {@code count} traders, each on a tab of its own, and follows a link to the page. */
    private static List<UidlTab> openSessions(HttpClient http, String base, Page page, int count, Recorder recorder)
            throws Exception {
        var tabs = new ArrayList<UidlTab>();
        for (int i = 0; i < count; i++) {
            var tab = new UidlTab(http, base, recorder);
            tab.signIn("trader", "demo");
            tab.open("/", "dashboard");
            if (!page.route().isEmpty()) {
                tab.navigate(page.route(), page.query(), page.label());
            }
            tabs.add(tab);
        }
        return tabs;
    }
}
