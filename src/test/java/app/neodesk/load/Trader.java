package app.neodesk.load;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One simulated user on one tab, going through the trader's journey again and again until the
 * deadline: sign in (once), dashboard, the chart of 4 products over "All", a range change, history
 * with grid scrolling, the drivers list and, for an analyst, a quote entry; at least one journey.
 * Between steps the user
 * thinks for a random time in {@code think}; between scroll steps for a tenth of it.
 * <p>
 * Every step checks what a user would see (the chart's data, the grid's rows, "Saved …"); a step
 * that fails is counted as an error, and the user reloads the dashboard (signing in again if the
 * session is gone) and goes on.
 */
final class Trader implements Runnable {

    static final String CHART_QUERY = "products=nd-metal-cn,nd-oxide-cn,pr-oxide-cn,prnd-oxide-cn&range=All";
    private static final int SCROLL_STEPS = 5;
    private static final int GRID_PAGE = 100;
    private static final Duration HEARTBEAT = Duration.ofSeconds(120);

    /** How long a user pauses between steps, in ms. */
    record Think(int minMillis, int maxMillis) {
        static Think parse(String range) {
            var parts = range.split("-");
            return new Think(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[parts.length - 1].strip()));
        }

        void pause(double share) throws InterruptedException {
            long ms = (long) (share * ThreadLocalRandom.current().nextLong(minMillis, maxMillis + 1L));
            Thread.sleep(ms); // a user's think time, not a wait for a condition
        }
    }

    /** A quote an analyst can enter without colliding with another: a free date of a series, at its level. */
    record QuoteSlot(String product, String source, LocalDate date, BigDecimal mid) {}

    /** The free quote slots, handed out once each. */
    static final class QuoteSlots {
        private final List<QuoteSlot> slots;
        private final AtomicInteger next = new AtomicInteger();

        QuoteSlots(List<QuoteSlot> slots) {
            this.slots = List.copyOf(slots);
        }

        QuoteSlot take() {
            int i = next.getAndIncrement();
            if (i >= slots.size()) {
                throw new IllegalStateException("all " + slots.size() + " free quote slots are used");
            }
            return slots.get(i);
        }

        int used() {
            return Math.min(next.get(), slots.size());
        }
    }

    private final UidlTab tab;
    private final Recorder recorder;
    private final String username;
    private final Instant until;
    private final Think think;
    private final QuoteSlots slots;
    private final boolean analyst;
    private Instant lastHeartbeat = Instant.now();
    private int journeys;

    Trader(
            HttpClient http,
            String base,
            Recorder recorder,
            boolean analyst,
            Instant until,
            Think think,
            QuoteSlots slots) {
        this.tab = new UidlTab(http, base, recorder);
        this.recorder = recorder;
        this.analyst = analyst;
        this.username = analyst ? "analyst" : "trader";
        this.until = until;
        this.think = think;
        this.slots = slots;
    }

    @Override
    public void run() {
        try {
            if (!step("sign in", this::signIn)) {
                return;
            }
            do {
                journey();
                journeys++;
            } while (Instant.now().isBefore(until));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int journeys() {
        return journeys;
    }

    private void signIn() throws IOException, InterruptedException {
        tab.signIn(username, "demo");
        tab.open("/", "sign in");
        tab.find("vaadin-button", "Edit watchlist"); // the dashboard, signed in
    }

    private void journey() throws InterruptedException {
        pause();
        if (!step("chart, 4 products, All", () -> {
            var response =
                    tab.navigate("chart", CHART_QUERY, "chart, 4 products, All").toString();
            expect(
                    response.contains("fitAll")
                            && Set.copyOf(tab.chartSeriesIds())
                                    .equals(Set.of(
                                            "mid-nd-metal-cn",
                                            "mid-nd-oxide-cn",
                                            "mid-pr-oxide-cn",
                                            "mid-prnd-oxide-cn")),
                    "the chart's four series");
        })) {
            return;
        }
        pause();
        if (!step("chart range change (1Y)", () -> {
            var response = tab.click(tab.find("vaadin-button", "1Y"), "chart range change (1Y)")
                    .toString();
            expect(response.contains("setVisibleRange"), "the chart zoomed to one year");
        })) {
            return;
        }
        pause();
        if (!step("history", () -> {
            tab.navigate("history", "", "history");
            var grid = tab.find("vaadin-grid");
            expect(tab.property(grid, "size").map(s -> s.asInt() > 0).orElse(false), "history rows");
        })) {
            return;
        }
        for (int i = 1; i <= SCROLL_STEPS; i++) {
            think.pause(0.1);
            int first = i * GRID_PAGE;
            if (first >= gridSize()) {
                break; // scrolled to the end
            }
            if (!step("history grid scroll", () -> {
                var response = tab.call(
                                tab.find("vaadin-grid"),
                                "setViewportRange",
                                "history grid scroll",
                                first,
                                3 * GRID_PAGE)
                        .toString();
                expect(response.contains("$connector.set"), "rows from " + first);
            })) {
                return;
            }
        }
        pause();
        if (!step("drivers list", () -> {
            var response = tab.navigate("drivers", "", "drivers list").toString();
            expect(response.contains("drivers-view"), "the drivers list");
        })) {
            return;
        }
        if (analyst) {
            pause();
            if (!step("quote entry", this::enterQuote)) {
                return;
            }
        }
        pause();
        step("dashboard", () -> {
            var response = tab.navigate("", "", "dashboard").toString();
            expect(response.contains("watch-tile"), "the watchlist tiles");
        });
    }

    /** The grid's row count as the server last estimated it (it grows while the user scrolls). */
    private int gridSize() {
        try {
            return tab.property(tab.find("vaadin-grid"), "size")
                    .map(n -> n.asInt())
                    .orElse(0);
        } catch (UidlTab.ProtocolException e) {
            return 0;
        }
    }

    private void enterQuote() throws IOException, InterruptedException {
        var slot = slots.take();
        tab.navigate("quotes/new", "", "quote entry");
        tab.event(
                tab.find("vaadin-combo-box", "Product"),
                "custom-value-set",
                Map.of("event.detail", slot.product()),
                "quote entry");
        tab.event(
                tab.find("vaadin-combo-box", "Source"),
                "custom-value-set",
                Map.of("event.detail", slot.source()),
                "quote entry");
        tab.sync(tab.find("vaadin-date-picker", "Date"), "value", slot.date().toString());
        var price = slot.mid().toPlainString();
        tab.sync(tab.find("vaadin-text-field", "Low"), "value", price);
        tab.sync(tab.find("vaadin-text-field", "High"), "value", price);
        pause();
        var response = tab.click(tab.find("vaadin-button", "Save quote"), "quote entry")
                .toString();
        if (response.contains("Save anyway")) {
            // "Large move" or "Is the unit right?": the analyst has checked the price and confirms
            response = tab.event(tab.find("vaadin-confirm-dialog"), "confirm", Map.of(), "quote entry")
                    .toString();
        }
        expect(
                response.contains("Saved " + slot.product()),
                "\"Saved " + slot.product() + "…\" for " + slot
                        + (response.contains("message") ? " (the view said: " + message(response) + ")" : ""));
    }

    /** Runs a step; on failure counts the error and brings the user back to a working dashboard. */
    private boolean step(String name, Step step) throws InterruptedException {
        try {
            step.run();
            heartbeatIfDue();
            return true;
        } catch (IOException | RuntimeException e) {
            recorder.error(name, e.getClass().getSimpleName() + ": " + e.getMessage());
            recover();
            return false;
        }
    }

    private void recover() throws InterruptedException {
        try {
            tab.open("/", "recovery");
        } catch (IOException | RuntimeException e) {
            try {
                signIn();
            } catch (IOException | RuntimeException again) {
                recorder.error("recovery", again.getClass().getSimpleName() + ": " + again.getMessage());
            }
        }
    }

    private void heartbeatIfDue() throws IOException, InterruptedException {
        if (Duration.between(lastHeartbeat, Instant.now()).compareTo(HEARTBEAT) >= 0) {
            tab.heartbeat();
            lastHeartbeat = Instant.now();
        }
    }

    private void pause() throws InterruptedException {
        think.pause(1);
    }

    private static void expect(boolean condition, String what) throws UidlTab.ProtocolException {
        if (!condition) {
            throw new UidlTab.ProtocolException("did not get " + what);
        }
    }

    private static String message(String response) {
        int at = response.indexOf("\"message\"");
        return response.substring(at, Math.min(response.length(), at + 200));
    }

    @FunctionalInterface
    private interface Step {
        void run() throws IOException, InterruptedException;
    }
}
