package app.neodesk.load;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.support.NeodeskServer;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the load test's protocol client honest on every build: one trader and one analyst go through
 * the whole journey once against the real server, speaking Vaadin's client protocol without a
 * browser, and every step must get what a user would see (the chart's series, the zoom, history rows,
 * scrolled rows, the drivers list, "Saved …"). If Vaadin's protocol or a view changes under the
 * harness, this fails here instead of the benchmark silently measuring error pages.
 */
class ProtocolJourneyIT {

    @Test
    void aTraderAndAnAnalystGoThroughTheWholeJourneyAtProtocolLevel() throws Exception {
        var base = NeodeskServer.withHistory().baseUrl(); // enough rows to scroll, as the load test has
        var http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        var recorder = new Recorder();
        // A Saturday inside the demo history (which quotes weekdays only), different on each run, of a
        // product no chart test looks at: the analyst's quote is new and moves no chart's first or
        // last date. Its price may be a large move against the Friday; the analyst confirms it.
        var saturday = LocalDate.of(2017, 1, 7).plusWeeks(Math.floorMod(System.nanoTime(), 380));
        assertThat(saturday.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        var slots = new Trader.QuoteSlots(
                List.of(new Trader.QuoteSlot("tb-oxide-cn", "yangtze", saturday, new BigDecimal("6800"))));
        var now = Instant.now();
        var think = new Trader.Think(0, 0);
        var trader = new Trader(http, base, recorder, false, now, think, slots);
        var analyst = new Trader(http, base, recorder, true, now, think, slots);

        trader.run();
        analyst.run();

        assertThat(recorder.firstErrors()).as("errors per step").isEmpty();
        assertThat(trader.journeys()).isEqualTo(1);
        assertThat(analyst.journeys()).isEqualTo(1);
        assertThat(slots.used()).isEqualTo(1);
        assertThat(recorder.figures())
                .extracting(Recorder.StepFigures::step)
                .containsExactly(
                        "sign in",
                        "chart, 4 products, All",
                        UidlTab.SERIES_DOCUMENT,
                        "chart range change (1Y)",
                        "history",
                        "history grid scroll",
                        "drivers list",
                        "dashboard",
                        "quote entry",
                        "all requests");
        // Each tab fetches the four series of "All" and the four of one year, once each (its cache).
        assertThat(recorder.figures())
                .filteredOn(f -> f.step().equals(UidlTab.SERIES_DOCUMENT))
                .singleElement()
                .extracting(Recorder.StepFigures::requests)
                .isEqualTo(2 * (4 + 4));
    }
}
