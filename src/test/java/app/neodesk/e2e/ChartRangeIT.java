package app.neodesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.support.Browser;
import app.neodesk.support.NeodeskServer;
import app.neodesk.support.RequiresBrowser;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.interactions.Actions;

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
    @ValueSource(ints = {1440, 1024, 390})
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
                    return days != null
                            && days.get("from").longValue() == first
                            && days.get("to").longValue() == last;
                });
            } catch (TimeoutException e) {
                // Fails with the days the chart really shows.
                assertThat(visibleDays(browser))
                        .as("visible epoch days at " + width + " px")
                        .containsEntry("from", first)
                        .containsEntry("to", last);
            }
            var shown = visibleDays(browser);
            assertThat(LocalDate.ofEpochDay(shown.get("from").longValue())).isEqualTo(FIRST);
            assertThat(LocalDate.ofEpochDay(shown.get("to").longValue())).isEqualTo(LAST);
            var chartWidth = ((Number) browser.script(
                            "return document.querySelector('neodesk-price-chart').getBoundingClientRect().width"))
                    .intValue();
            assertThat(chartWidth).as("the chart follows the window").isLessThanOrEqualTo(width);
        }
    }

    /**
     * The tooltip of the component as built: a change against a quote older than the gap names that
     * quote's date, a change after a weekend does not. The series is the payload the server sends for
     * {@code nd-metal-gap} (see ChartGapAndRangeTest), set on the element in the page.
     */
    @Test
    void tooltipNamesTheDateOfAnOldPreviousQuote() {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            browser.signIn("trader", "demo");
            browser.open("/chart?products=nd-metal-cn&range=All");
            assertThat(browser.chartPixels()).isGreaterThan(500);
            long before = LocalDate.of(2021, 3, 18).toEpochDay();
            long after = LocalDate.of(2023, 6, 1).toEpochDay();
            long friday = LocalDate.of(2023, 6, 2).toEpochDay();
            long monday = LocalDate.of(2023, 6, 5).toEpochDay();
            browser.script("const c = document.querySelector('neodesk-price-chart'); c.markers = []; c.spans = [];"
                    + " c.series = [{id: 'mid-nd-metal-gap', name: 'Nd metal · yangtze', kind: 'line', scale: 'right',"
                    + " dp: 0, days: [" + before + "," + after + "," + friday + "," + monday + "],"
                    + " mid: [817400, 640000, 630000, 630000], change: [null, -177400, -10000, 0],"
                    + " changePct: [null, -21.70, -1.56, 0], vsDay: [null, " + before + ", null, null]}];");
            browser.waitUntil(d -> browser.chartIds("series").contains("mid-nd-metal-gap"));
            var chart = browser.driver().findElement(By.tagName("neodesk-price-chart"));
            int width = chart.getRect().getWidth();
            var tooltips = new LinkedHashSet<String>();
            for (int x = -width / 2 + 8; x < width / 2 - 8; x += 6) {
                new Actions(browser.driver()).moveToElement(chart, x, 20).perform();
                var text = (String) browser.script("const t = document.querySelector('neodesk-price-chart')"
                        + ".shadowRoot.querySelector('.tooltip'); return t ? t.innerText : null;");
                if (text != null) {
                    tooltips.add(text.replaceAll("\\s+", " ").strip());
                }
            }
            assertThat(tooltips)
                    .as("tooltips seen while moving over the chart")
                    .anySatisfy(t -> assertThat(t).startsWith("2023-06-01").contains("-21.70% vs 2021-03-18"))
                    .anySatisfy(t -> assertThat(t)
                            .startsWith("2023-06-05")
                            .contains("0.00%")
                            .doesNotContain(" vs "))
                    .anySatisfy(t -> assertThat(t)
                            .startsWith("2023-06-02")
                            .contains("-1.56%")
                            .doesNotContain(" vs "));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Number> visibleDays(Browser browser) {
        return (Map<String, Number>) browser.script(
                "const c = document.querySelector('neodesk-price-chart'); return c ? c.visibleDays() : null;");
    }
}
