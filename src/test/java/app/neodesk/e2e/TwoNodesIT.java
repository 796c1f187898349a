package app.neodesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.neodesk.support.AppNode;
import app.neodesk.support.Browser;
import app.neodesk.support.PostgresSchema;
import app.neodesk.support.RequiresBrowser;
import app.neodesk.support.RequiresPostgres;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two production nodes on one PostgreSQL schema, behind HAProxy with deploy/haproxy.cfg: a quote saved on one node
 * reaches a dashboard on the other (NOTIFY/LISTEN), and a user whose node dies signs in again on the
 * other and finds every committed quote. Logs: target/two-nodes/.
 */
@RequiresBrowser
@RequiresPostgres
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    static final String HAPROXY = "/usr/sbin/haproxy";
    // Newer than the demo's latest nd-metal-cn quote (2026-02-11, mid 1,085,000), so the tile changes.
    static final String DATE = "2026-02-13";
    static final String QUOTE = "{\"product\":\"nd-metal-cn\",\"source\":\"yangtze\",\"date\":\"" + DATE
            + "\",\"low\":1096000,\"high\":1104000,\"comment\":\"two nodes\"}";
    static final Duration START = Duration.ofSeconds(180);

    private final PostgresSchema schema = new PostgresSchema();
    private final List<AppNode> processes = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private AppNode a;
    private AppNode b;
    private boolean quoteSaved;

    @BeforeAll
    void startTwoNodes() throws Exception {
        schema.create();
        var arguments = List.of(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + schema.jdbcUrl(),
                "--spring.datasource.username=" + PostgresSchema.user(),
                "--spring.datasource.password=" + PostgresSchema.password(),
                "--neodesk.demo.enabled=true",
                "--neodesk.demo.history=false",
                "--neodesk.live.channel=" + schema.name());
        // One after the other: the demo seeding checks "no users yet" and then inserts, so two nodes
        // seeding an empty database together collide on a unique key and one of them exits.
        a = start(AppNode.neodesk("node-a", arguments));
        var startedA = a.awaitReady("/actuator/health/readiness", "Demo data ready", START);
        b = start(AppNode.neodesk("node-b", arguments));
        var startedB = b.awaitReady("/actuator/health/readiness", "Demo data ready", START);
        System.out.printf(
                "TwoNodesIT: node A ready after %d ms, then node B after %d ms%n",
                startedA.toMillis(), startedB.toMillis());
    }

    @AfterAll
    void stopEverything() throws Exception {
        for (var process : processes) {
            process.close();
        }
        schema.drop();
    }

    @Test
    @Order(1)
    void aQuoteSavedOnOneNodeReachesADashboardOnTheOtherWithinTwoSeconds() throws Exception {
        try (var trader = new Browser(b.baseUrl());
                var analyst = new Browser(a.baseUrl())) {
            trader.signIn("trader", "demo");
            trader.waitUntil(d -> tile(trader).contains("1,085,000"));
            assertThat(trader.stable(() -> tile(trader))).doesNotContain("1,100,000");

            analyst.signIn("analyst", "demo");
            var token = TokenUi.create(analyst, "Two nodes", "read write");
            var response = http.send(
                    HttpRequest.newBuilder(URI.create(a.baseUrl() + "/api/v1/quotes"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(QUOTE))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            var saved = Instant.now();
            assertThat(response.statusCode())
                    .as("POST to node A: " + response.body())
                    .isEqualTo(201);
            quoteSaved = true;

            // polled every 50 ms so the measured delay is the push's, not the wait's
            new WebDriverWait(trader.driver(), Duration.ofSeconds(30), Duration.ofMillis(50))
                    .ignoring(RuntimeException.class)
                    .until(d -> tile(trader).contains("1,100,000"));
            var delay = Duration.between(saved, Instant.now());
            System.out.printf(
                    "TwoNodesIT: quote POSTed to node A shown on node B's dashboard after %d ms%n", delay.toMillis());
            assertThat(trader.stable(() -> tile(trader))).contains(DATE).contains("+15,000");
            assertThat(delay)
                    .as("node A's quote on node B's dashboard after %d ms", delay.toMillis())
                    .isLessThanOrEqualTo(Duration.ofSeconds(2));
        }
    }

    @Test
    @Order(2)
    void throughTheBalancerAUserWhoseNodeDiesSignsInAgainOnTheOtherAndFindsEveryCommittedQuote() throws Exception {
        // Skipped without HAProxy, except in CI (which installs it) where it must run.
        assumeTrue(
                new File(HAPROXY).canExecute() || "true".equalsIgnoreCase(System.getenv("NEODESK_REQUIRE_BROWSER")),
                "HAProxy not installed at " + HAPROXY + " (Debian package haproxy)");
        assertThat(quoteSaved).as("the quote of the first test was saved").isTrue();
        var balancer = startBalancer();
        try (var browser = new Browser(balancer.baseUrl())) {
            browser.signIn("trader", "demo");
            browser.open("/chart");
            browser.waitFor(By.tagName("neodesk-price-chart"));
            var cookie = browser.stable(() -> browser.driver().manage().getCookieNamed("NEODESK_NODE"));
            assertThat(cookie).as("HAProxy's sticky cookie").isNotNull();
            var dying = Map.of("a", a, "b", b).get(cookie.getValue());
            var survivor = dying == a ? b : a;
            assertThat(dying)
                    .as("node named by the cookie " + cookie.getValue())
                    .isNotNull();

            dying.kill();
            var killed = Instant.now();
            browser.driver().navigate().refresh();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
                    .ignoring(RuntimeException.class)
                    .until(d -> {
                        var now = d.manage().getCookieNamed("NEODESK_NODE");
                        if (!d.findElements(By.cssSelector("vaadin-login-form")).isEmpty()
                                && now != null
                                && !now.getValue().equals(cookie.getValue())) {
                            return true;
                        }
                        d.navigate().refresh();
                        return false;
                    });
            System.out.printf(
                    "TwoNodesIT: node %s killed; login page of node %s shown %d ms later%n",
                    dying.name(),
                    survivor.name(),
                    Duration.between(killed, Instant.now()).toMillis());

            browser.signIn("trader", "demo");
            browser.open("/history?product=nd-metal-cn&source=yangtze&from=" + DATE + "&to=" + DATE);
            browser.waitUntil(d -> browser.gridTexts().contains(DATE));
            assertThat(browser.gridTexts()).contains(DATE, "nd-metal-cn", "yangtze", "1,096,000", "1,104,000");
        }
    }

    private AppNode startBalancer() throws Exception {
        var port = AppNode.freePort();
        // deploy/haproxy.cfg as it is, its addresses from the environment; -db: foreground, logs to stdout
        var balancer = start(AppNode.program(
                "haproxy",
                port,
                List.of(
                        "env",
                        "NEODESK_LISTEN=127.0.0.1:" + port,
                        "NODE_A=127.0.0.1:" + a.port(),
                        "NODE_B=127.0.0.1:" + b.port(),
                        "HAPROXY_SOCKET=" + new File("target/two-nodes/haproxy-" + port + ".sock").getAbsolutePath(),
                        HAPROXY,
                        "-db",
                        "-f",
                        new File("deploy/haproxy.cfg").getAbsolutePath())));
        balancer.awaitReady("/actuator/health/readiness", null, Duration.ofSeconds(60));
        return balancer;
    }

    private AppNode start(AppNode process) {
        processes.add(process);
        return process;
    }

    /** The nd-metal-cn tile's text; the dashboard re-renders its tiles on every push. */
    private static String tile(Browser browser) {
        return browser.driver().findElements(By.className("watch-tile")).stream()
                .filter(e -> e.getText().startsWith("nd-metal-cn"))
                .findFirst()
                .orElseThrow()
                .getText();
    }
}
