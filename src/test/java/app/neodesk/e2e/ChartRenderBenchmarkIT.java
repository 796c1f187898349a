package app.neodesk.e2e;

import static app.neodesk.support.BenchmarkReport.upperMedian;
import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.support.BenchmarkReport;
import app.neodesk.support.Browser;
import app.neodesk.support.NeodeskServer;
import app.neodesk.support.RequiresBrowser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.HasCapabilities;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Browser side of the chart and dashboard benchmark (issue 4), in headless Chromium against the
 * packaged production jar with the ten-year demo history. Not part of the normal build.
 * <pre>
 * ./mvnw -o package -DskipTests
 * ./mvnw -o failsafe:integration-test failsafe:verify -Dit.test=ChartRenderBenchmarkIT \
 *     -Dneodesk.benchmark=browser -Dneodesk.e2e.history=true
 * </pre>
 * A script installed before every page load (CDP {@code Page.addScriptToEvaluateOnNewDocument})
 * records in the page, with {@code performance.now()} (ms since the navigation started): every
 * {@code chart-drawn} event of the price chart with its {@code lastDrawMs}, and the first moment
 * {@code .watch-tile} or a {@code vaadin-password-field} is in the DOM. Results go to
 * target/benchmark-browser.md.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "neodesk.benchmark", matches = "browser")
@RequiresBrowser
class ChartRenderBenchmarkIT {

    static final String FOUR = "/chart?products=nd-metal-cn,nd-oxide-cn,pr-oxide-cn,prnd-oxide-cn&range=All";
    static final String ONE = "/chart?products=nd-metal-cn&range=1M";
    static final int WARMUP = 2;
    static final int RUNS = 7;

    static final String PROBE = """
            window.__bench = {draws: [], seen: {}};
            window.addEventListener('chart-drawn', e => window.__bench.draws.push(
                {ms: e.detail.ms, at: performance.now()}), true);
            const watch = () => {
              for (const sel of ['.watch-tile', 'vaadin-password-field']) {
                if (window.__bench.seen[sel] === undefined && document.querySelector(sel)) {
                  window.__bench.seen[sel] = {at: performance.now(), count: document.querySelectorAll(sel).length};
                }
              }
            };
            new MutationObserver(watch).observe(document, {childList: true, subtree: true});
            """;

    private final BenchmarkReport report = new BenchmarkReport("benchmark-browser.md");

    @Test
    void chartAndDashboardRenderTimes() throws Exception {
        assertThat(System.getProperty("neodesk.e2e.history"))
                .as("run with -Dneodesk.e2e.history=true so the server generates the ten-year demo history")
                .isEqualTo("true");
        var server = NeodeskServer.get();
        try (var browser = new Browser(server.baseUrl())) {
            ((ChromeDriver) browser.driver())
                    .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PROBE));
            browser.signIn("trader", "demo");
            report.line(
                    "%s; Chromium %s",
                    report.machine(),
                    ((HasCapabilities) browser.driver()).getCapabilities().getBrowserVersion());
            report.line(
                    "Median of %d page loads after %d warm-ups; all times from the page's performance.now()",
                    RUNS, WARMUP);
            report.line("");
            report.line(
                    "| page | draw ms (lastDrawMs) | chart drawn, ms after navigation start | draws per load | points |");
            report.line("|---|---:|---:|---:|---:|");
            chart(browser, "4 products, All", FOUR);
            chart(browser, "baseline: 1 product, 1M", ONE);
            report.line("");

            int tiles = setWatchlist(browser);
            report.line("| page | element | ms after navigation start to element in DOM | elements |");
            report.line("|---|---|---:|---:|");
            page(browser, "/ (dashboard, " + tiles + " watchlist products)", "/", ".watch-tile");
            page(browser, "baseline: /account/password", "/account/password", "vaadin-password-field");
        }
        report.write();
    }

    @SuppressWarnings("unchecked")
    private void chart(Browser browser, String label, String path) {
        var drawMs = new ArrayList<Double>();
        var drawnAt = new ArrayList<Double>();
        int draws = 0;
        long points = 0;
        for (int i = 0; i < WARMUP + RUNS; i++) {
            browser.open(path);
            browser.waitUntil(d -> !((List<?>) browser.script("return window.__bench.draws")).isEmpty());
            sleep(300); // let any further draw of the same load arrive
            var list = (List<Map<String, Number>>) browser.script("return window.__bench.draws");
            points = ((Number) browser.script("const c = document.querySelector('neodesk-price-chart');"
                            + " const v = c.series; const l = typeof v === 'string' ? JSON.parse(v) : v;"
                            + " return l.reduce((n, s) => n + s.days.length, 0);"))
                    .longValue();
            if (i >= WARMUP) {
                // The slowest draw of this load (normally the only one: series, markers and spans arrive together).
                drawMs.add(list.stream()
                        .mapToDouble(m -> m.get("ms").doubleValue())
                        .max()
                        .orElseThrow());
                drawnAt.add(list.getFirst().get("at").doubleValue());
                draws = Math.max(draws, list.size());
            }
        }
        assertThat(browser.chartPixels()).isGreaterThan(500);
        report.line(
                "| %s | **%.1f** | %.0f | %d | %,d |", label, upperMedian(drawMs), upperMedian(drawnAt), draws, points);
        System.out.println(label + " draw ms: " + drawMs + ", drawn at: " + drawnAt);
    }

    @SuppressWarnings("unchecked")
    private void page(Browser browser, String label, String path, String selector) {
        var at = new ArrayList<Double>();
        long count = 0;
        for (int i = 0; i < WARMUP + RUNS; i++) {
            browser.open(path);
            browser.waitUntil(
                    d -> browser.script("return window.__bench.seen[arguments[0]] || null", selector) != null);
            var seen = (Map<String, Number>) browser.script("return window.__bench.seen[arguments[0]]", selector);
            count = seen.get("count").longValue();
            if (i >= WARMUP) {
                at.add(seen.get("at").doubleValue());
            }
        }
        report.line("| %s | `%s` | **%.0f** | %d |", label, selector, upperMedian(at), count);
        System.out.println(label + " ms: " + at);
    }

    /**
     * Puts every active demo product on trader's watchlist through the "Edit watchlist" dialog. The
     * demo catalog has 7 products, so 10 is not possible without creating products.
     */
    private int setWatchlist(Browser browser) {
        browser.open("/");
        browser.waitFor(By.className("watch-tile"));
        browser.driver().findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.getText().contains("Edit watchlist"))
                .findFirst()
                .orElseThrow()
                .click();
        var picker = browser.waitFor(By.tagName("vaadin-multi-select-combo-box"));
        var input = picker.findElement(By.tagName("input"));
        for (var code : List.of("pr-oxide-cn", "prnd-oxide-fob")) {
            input.sendKeys(code);
            browser.waitUntil(d -> d.findElements(By.tagName("vaadin-multi-select-combo-box-item")).stream()
                    .anyMatch(e -> e.getText().startsWith(code + " ")));
            input.sendKeys(Keys.ARROW_DOWN);
            input.sendKeys(Keys.ENTER);
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        }
        browser.script("arguments[0].opened = false;", picker);
        var save = browser.driver().findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.getText().equals("Save"))
                .findFirst()
                .orElseThrow();
        browser.script("arguments[0].click();", save);
        browser.waitUntil(d -> d.findElements(By.className("watch-tile")).size() == 7);
        return browser.driver().findElements(By.className("watch-tile")).size();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
