package app.neodesk.e2e;

import static app.neodesk.support.BenchmarkReport.max;
import static app.neodesk.support.BenchmarkReport.p95;
import static app.neodesk.support.BenchmarkReport.percentile;
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
import org.openqa.selenium.HasCapabilities;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * How long one scroll step of the history grid takes, and how many server round trips it costs, in
 * headless Chromium against the packaged production jar with the ten-year demo history
 * ({@link NeodeskServer#withHistory()}). Not part of the normal build:
 * <pre>
 * ./mvnw -B -ntp package -DskipTests
 * ./mvnw -B -ntp failsafe:integration-test failsafe:verify -Dit.test=HistoryScrollBenchmarkIT \
 *     -Dneodesk.benchmark=history-scroll
 * </pre>
 * A script installed before every page load counts Vaadin's UIDL requests (XHR and fetch to
 * {@code ?v-r=uidl}) and times each one. A scroll step moves the grid's scroller down by one
 * screen, as Page Down does; its time runs from the scroll until every row in view has its data,
 * and its round trips are the UIDL requests from the scroll until the grid is quiet again (no
 * request in flight or pending for 500 ms), so prefetches after the rows show count too. The
 * same-run baseline is the median time of one UIDL round trip. Results go to
 * target/benchmark-history-scroll.md.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "neodesk.benchmark", matches = "history-scroll")
@RequiresBrowser
class HistoryScrollBenchmarkIT {

    static final int WARMUP = 5;
    static final int STEPS = 40;

    static final String PROBE = """
            window.__uidl = {count: 0, inFlight: 0, lastEnd: 0, durations: []};
            const isUidl = url => String(url).includes('v-r=uidl');
            const open = XMLHttpRequest.prototype.open;
            XMLHttpRequest.prototype.open = function (method, url, ...rest) {
              this.__uidl = isUidl(url);
              return open.call(this, method, url, ...rest);
            };
            const send = XMLHttpRequest.prototype.send;
            XMLHttpRequest.prototype.send = function (...args) {
              if (this.__uidl) {
                const b = window.__uidl, start = performance.now();
                b.count++; b.inFlight++;
                this.addEventListener('loadend', () => {
                  b.inFlight--; b.lastEnd = performance.now(); b.durations.push(b.lastEnd - start);
                });
              }
              return send.apply(this, args);
            };
            const originalFetch = window.fetch;
            window.fetch = function (input, init) {
              const url = typeof input === 'string' ? input : (input && input.url);
              if (!isUidl(url)) return originalFetch.call(this, input, init);
              const b = window.__uidl, start = performance.now();
              b.count++; b.inFlight++;
              return originalFetch.call(this, input, init).finally(() => {
                b.inFlight--; b.lastEnd = performance.now(); b.durations.push(b.lastEnd - start);
              });
            };
            """;

    /** One scroll step; calls back with {ms, requests, firstIndex} or {error}. */
    static final String STEP = """
            const done = arguments[arguments.length - 1];
            const grid = document.querySelector('vaadin-grid');
            const table = grid.$.table;
            const b = window.__uidl;
            const before = b.count;
            const inView = () => {
              const box = table.getBoundingClientRect();
              return grid._getRenderedRows().filter(r => {
                const rb = r.getBoundingClientRect();
                return !r.hidden && rb.bottom > box.top && rb.top < box.bottom;
              });
            };
            const rendered = () => {
              const rows = inView();
              return rows.length > 0 && rows.every(r => !r.hasAttribute('loading') && r._item);
            };
            const quiet = now => b.inFlight === 0 && !grid.$connector.hasRootRequestQueue() && now - b.lastEnd > 500;
            const t0 = performance.now();
            table.scrollTop += table.clientHeight;
            let shownAt = null;
            const poll = () => {
              const now = performance.now();
              if (shownAt === null && rendered()) shownAt = now;
              if (shownAt !== null && quiet(now) && now - t0 > 500) {
                done({ms: shownAt - t0, requests: b.count - before,
                      firstIndex: Math.min(...inView().map(r => r.index))});
              } else if (now - t0 > 30000) {
                done({error: 'no rows after 30 s', requests: b.count - before});
              } else {
                requestAnimationFrame(poll);
              }
            };
            requestAnimationFrame(poll);
            """;

    private final BenchmarkReport report = new BenchmarkReport("benchmark-history-scroll.md");

    @Test
    @SuppressWarnings("unchecked")
    void scrollStepsThroughTheWholeHistory() throws Exception {
        var server = NeodeskServer.withHistory();
        try (var browser = new Browser(server.baseUrl())) {
            var chrome = (ChromeDriver) browser.driver();
            chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PROBE));
            browser.signIn("trader", "demo");
            browser.open("/history");
            browser.waitUntil(d -> Boolean.TRUE.equals(browser.script("const g = document.querySelector('vaadin-grid');"
                    + " return !!g && g.size > 0 && !g.loading && !!g._getRenderedRows().find(r => r._item);")));
            var pageSize = browser.script("return document.querySelector('vaadin-grid').pageSize");
            var rowsInView = browser.script("const t = document.querySelector('vaadin-grid').$.table;"
                    + " const r = document.querySelector('vaadin-grid')._getRenderedRows().find(r => r._item);"
                    + " return Math.round(t.clientHeight / r.getBoundingClientRect().height);");
            var startCount = ((Number) browser.script("return window.__uidl.durations.length")).intValue();

            var ms = new ArrayList<Double>();
            var trips = new ArrayList<Double>();
            long lastIndex = 0;
            for (int i = 0; i < WARMUP + STEPS; i++) {
                var step = (Map<String, Object>) chrome.executeAsyncScript(STEP);
                assertThat(step.get("error")).as("step %d: %s", i, step).isNull();
                if (i >= WARMUP) {
                    ms.add(((Number) step.get("ms")).doubleValue());
                    trips.add(((Number) step.get("requests")).doubleValue());
                }
                lastIndex = ((Number) step.get("firstIndex")).longValue();
            }
            var durations = (List<Number>) browser.script("return window.__uidl.durations");
            var roundTrips = durations.subList(startCount, durations.size()).stream()
                    .map(Number::doubleValue)
                    .toList();
            assertThat(lastIndex).as("the grid scrolled").isGreaterThan(STEPS);

            report.line(
                    "%s, Chromium %s, window 1400×900; server %s",
                    report.machine(),
                    ((HasCapabilities) chrome).getCapabilities().getBrowserVersion(),
                    server.baseUrl());
            report.line(
                    "/history, all products, ten-year demo history; grid page size %s, about %s rows in view; "
                            + "%d scroll steps of one screen after %d warm-ups, ending at row %,d",
                    pageSize, rowsInView, STEPS, WARMUP, lastIndex);
            report.line("");
            report.line("| measure | median | p95 | max |");
            report.line("|---|---:|---:|---:|");
            report.line(
                    "| scroll step until the rows in view are rendered, ms | **%.0f** | %.0f | %.0f |",
                    median(ms), p95(ms), max(ms));
            report.line(
                    "| UIDL round trips per scroll step | **%.0f** | %.0f | %.0f |",
                    median(trips), p95(trips), max(trips));
            report.line(
                    "| baseline: one UIDL round trip (same run, all requests of the steps), ms | **%.1f** | %.1f | %.1f |",
                    median(roundTrips), p95(roundTrips), max(roundTrips));
            System.out.println("step ms: " + ms + "\nround trips: " + trips);
        }
        report.write();
    }

    /** The median column: the nearest-rank 50th percentile, so of an even count the lower middle value. */
    private static double median(List<Double> values) {
        return percentile(values, 0.5);
    }
}
