package app.neodesk.e2e;

import app.neodesk.support.Browser;
import app.neodesk.support.NeodeskServer;
import app.neodesk.support.RequiresBrowser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /chart?…&range=All} opens on the whole loaded range in Chromium, on a desk monitor and on
 * a phone: nd-metal-cn has a quote every working day from 2016-01-04 (over 2,600 points, more than
 * the library's default minimum bar spacing of 0.5 px fits into either width).
 */
@RequiresBrowser
class ChartRangeIT {

    static final LocalDate FIRST = LocalDate.of(2016, 1, 4);
    static final LocalDate LAST = LocalDate.of(2026, 2, 11);

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1440, 390})
    void allShowsFromTheFirstQuoteToTheLast(int width) {
        try (var browser = new Browser(NeodeskServer.withHistory().baseUrl())) {
            browser.driver().manage().window().setSize(new Dimension(width, 900));
            browser.signIn("trader", "demo");
            browser.open("/chart?products=nd-metal-cn&range=All");
            assertThat(browser.chartPixels()).as("painted pixels").isGreaterThan(500);
            long first = FIRST.toEpochDay();
            long last = LAST.toEpochDay();
            try {
                browser.waitUntil(d -> {
                    var days = visibleDays(browser);
                    return days != null && days.get("from").longValue() == first && days.get("to").longValue() == last;
                });
            } catch (org.openqa.selenium.TimeoutException e) {
                // Fails with the days the chart really shows.
                assertThat(visibleDays(browser)).as("visible epoch days at " + width + " px")
                        .containsEntry("from", first).containsEntry("to", last);
            }
            var shown = visibleDays(browser);
            assertThat(LocalDate.ofEpochDay(shown.get("from").longValue())).isEqualTo(FIRST);
            assertThat(LocalDate.ofEpochDay(shown.get("to").longValue())).isEqualTo(LAST);
            var chartWidth = ((Number) browser.script(
                    "return document.querySelector('neodesk-price-chart').getBoundingClientRect().width")).intValue();
            assertThat(chartWidth).as("the chart follows the window").isLessThanOrEqualTo(width);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Number> visibleDays(Browser browser) {
        return (Map<String, Number>) browser.script(
                "const c = document.querySelector('neodesk-price-chart'); return c ? c.visibleDays() : null;");
    }
}
