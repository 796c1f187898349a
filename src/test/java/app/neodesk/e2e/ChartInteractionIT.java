package app.neodesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.support.Browser;
import app.neodesk.support.NeodeskServer;
import app.neodesk.support.RequiresBrowser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Drawing and interaction of the price chart in Chromium: grouped driver markers and their list,
 * the keyboard, the text summary, the scale toggles, spread precision, and the theme.
 */
@RequiresBrowser
class ChartInteractionIT {

    private static final String CHART = "document.querySelector('neodesk-price-chart')";

    private static WebElement shadow(Browser browser, String css) {
        return browser.driver()
                .findElement(By.tagName("neodesk-price-chart"))
                .getShadowRoot()
                .findElement(By.cssSelector(css));
    }

    private static String summary(Browser browser) {
        return (String) browser.script(
                "const s = " + CHART + ".shadowRoot.querySelector('.summary');" + " return s ? s.textContent : '';");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> markerButtons(Browser browser) {
        return (List<Map<String, Object>>) browser.script("const c = " + CHART + ";"
                + " const plot = c.shadowRoot.querySelector('.plot').getBoundingClientRect();"
                + " return [...c.shadowRoot.querySelectorAll('.marker')].map(b => { const r = b.getBoundingClientRect();"
                + " return {text: b.textContent.trim(), label: b.getAttribute('aria-label'), left: r.left, right: r.right,"
                + " top: r.top - plot.top, bottom: r.bottom - plot.top, plotHeight: plot.height}; });");
    }

    /**
     * The markers whose label ends with {@code day}, once two reads in a row agree: the chart lays
     * its markers out again while it settles (fonts, resize, range), so one read may be a moment old.
     */
    private static List<Map<String, Object>> settledMarkers(Browser browser, String day) {
        var last = new ArrayList<List<Map<String, Object>>>(1);
        browser.waitUntil(d -> {
            var now = markerButtons(browser).stream()
                    .filter(b -> String.valueOf(b.get("label")).endsWith(day))
                    .toList();
            var same = !now.isEmpty() && !last.isEmpty() && last.getFirst().equals(now);
            last.clear();
            last.add(now);
            return same;
        });
        return last.getFirst();
    }

    @Test
    void driversOfOneDayAreOneMarkerWithACountWhoseListOpensOnClickAndLeadsToTheDriver() {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            browser.driver().manage().window().setSize(new Dimension(1440, 900));
            browser.signIn("trader", "demo");
            browser.open("/chart?products=nd-metal-cn&range=1M");
            assertThat(browser.chartPixels()).isGreaterThan(500);
            var ofNoteDay = settledMarkers(browser, "2026-02-11");
            assertThat(ofNoteDay).as("one marker per day").hasSize(1);
            var noteDay = ofNoteDay.getFirst();
            int count = Integer.parseInt((String) noteDay.get("text"));
            assertThat(count)
                    .as("the seed note's drivers of 2026-02-11 in one marker")
                    .isGreaterThanOrEqualTo(5);
            assertThat((String) noteDay.get("label")).isEqualTo(count + " drivers and events, 2026-02-11");

            browser.waitUntil(d -> {
                shadow(browser, ".marker[aria-label$='2026-02-11']").click();
                return true;
            });
            browser.waitUntil(d -> shadow(browser, ".marker-list").isDisplayed());
            browser.waitUntil(d -> d.findElement(By.tagName("neodesk-price-chart"))
                            .getShadowRoot()
                            .findElements(By.cssSelector(".marker-list li"))
                            .size()
                    == count);
            assertThat(shadow(browser, ".marker-list").getText())
                    .contains("2026-02-11")
                    .contains("Export licensing raises costs for uncertified products");

            shadow(browser, ".marker-list button.driver").click();
            browser.waitUntil(d -> d.getCurrentUrl().matches(".*/drivers/\\d+$"));
        }
    }

    @Test
    void markerListOpensOnHoverAndByKeyboardAndEscapeClosesIt() {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            browser.driver().manage().window().setSize(new Dimension(1440, 900));
            browser.signIn("trader", "demo");
            browser.open("/chart?products=nd-metal-cn&range=1M");
            assertThat(browser.chartPixels()).isGreaterThan(500);
            browser.waitUntil(d -> !markerButtons(browser).isEmpty());
            browser.waitUntil(d -> {
                new Actions(d)
                        .moveToElement(shadow(browser, ".marker[aria-label$='2026-02-11']"))
                        .perform();
                return shadow(browser, ".marker-list").isDisplayed();
            });
            // Away from the marker and its list, onto the view's title.
            browser.waitUntil(d -> {
                new Actions(d)
                        .moveToElement(d.findElement(By.xpath("//h1[normalize-space()='Chart']")))
                        .perform();
                return true;
            });
            browser.waitUntil(d -> d.findElement(By.tagName("neodesk-price-chart"))
                    .getShadowRoot()
                    .findElements(By.cssSelector(".marker-list"))
                    .isEmpty());

            // Keyboard: the chart, then the markers (one tab stop), Enter opens the list inside it.
            browser.script(CHART + ".focus();");
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            browser.waitUntil(d -> Boolean.TRUE.equals(browser.script("const a = " + CHART
                    + ".shadowRoot.activeElement; return !!a && a.classList.contains('marker');")));
            browser.script(CHART + ".shadowRoot.querySelector(\".marker[aria-label$='2026-02-11']\").focus();");
            new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
            browser.waitUntil(d -> Boolean.TRUE.equals(browser.script("const a = " + CHART
                    + ".shadowRoot.activeElement; return !!a && a.classList.contains('driver');")));
            new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
            browser.waitUntil(
                    d -> Boolean.TRUE.equals(
                            browser.script(
                                    "const r = " + CHART + ".shadowRoot;"
                                            + " return !r.querySelector('.marker-list') && r.activeElement && r.activeElement.classList.contains('marker');")));
        }
    }

    @Test
    void onAPhoneMarkersStayInTheirStripAndNeverOverlap() {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.signIn("trader", "demo");
            browser.open("/chart?products=nd-metal-cn&range=1Y");
            assertThat(browser.chartPixels()).isGreaterThan(500);
            browser.waitUntil(d -> !markerButtons(browser).isEmpty());
            var buttons = browser.stable(() -> markerButtons(browser));
            double top = buttons.stream()
                    .mapToDouble(b -> ((Number) b.get("top")).doubleValue())
                    .min()
                    .orElseThrow();
            double plotHeight = ((Number) buttons.getFirst().get("plotHeight")).doubleValue();
            double bottom = buttons.stream()
                    .mapToDouble(b -> ((Number) b.get("bottom")).doubleValue())
                    .max()
                    .orElseThrow();
            assertThat(bottom - top).as("markers sit in one row").isLessThan(20);
            assertThat(plotHeight - bottom)
                    .as("that row is just above the time axis")
                    .isBetween(0.0, 40.0);
            for (int i = 1; i < buttons.size(); i++) {
                assertThat(((Number) buttons.get(i).get("left")).doubleValue())
                        .as("marker %d starts after marker %d ends", i, i - 1)
                        .isGreaterThanOrEqualTo(((Number) buttons.get(i - 1).get("right")).doubleValue());
            }
        }
    }

    @Test
    void chartIsFocusableNamedAndSummarisesTheVisibleRangeAndArrowKeysScroll() {
        try (var browser = new Browser(NeodeskServer.withHistory().baseUrl())) {
            browser.driver().manage().window().setSize(new Dimension(1440, 900));
            browser.signIn("trader", "demo");
            browser.open("/chart?products=nd-metal-cn&range=1Y");
            assertThat(browser.chartPixels()).isGreaterThan(500);
            var chart = browser.driver().findElement(By.tagName("neodesk-price-chart"));
            assertThat(chart.getDomAttribute("tabindex")).isEqualTo("0");
            assertThat(chart.getDomAttribute("aria-label"))
                    .startsWith("Price chart: ")
                    .contains("yangtze");
            browser.waitUntil(d -> summary(browser).contains("last "));
            var before = summary(browser);
            assertThat(before)
                    .containsPattern("Shown: \\d{4}-\\d{2}-\\d{2} to 2026-02-11\\.")
                    .containsPattern(
                            ": last [\\d,]+ on 2026-02-11, change [+−-]?[\\d,]+|: last [\\d,]+ on 2026-02-11, change nc")
                    .contains(", high ")
                    .contains(", low ");
            assertThat(shadow(browser, ".summary").getDomAttribute("role")).isEqualTo("status");

            browser.script(CHART + ".focus();");
            assertThat(browser.script("return document.activeElement === " + CHART))
                    .isEqualTo(true);
            // 1Y loads one year: the chart is at both edges, and says so instead of doing nothing silently
            new Actions(browser.driver()).sendKeys(Keys.ARROW_LEFT).perform();
            browser.waitUntil(d -> summary(browser).contains("Start of the loaded range"));
            new Actions(browser.driver()).sendKeys(Keys.END).perform();
            browser.waitUntil(d -> summary(browser).endsWith("The latest quote is shown."));

            new Actions(browser.driver()).sendKeys(Keys.ARROW_UP).perform();
            browser.waitUntil(d -> summary(browser).contains("to 2026-02-11.")
                    && !summary(browser).startsWith(before.substring(0, before.indexOf(" to "))));
            var zoomed = summary(browser);
            new Actions(browser.driver())
                    .sendKeys(Keys.ARROW_LEFT, Keys.ARROW_LEFT)
                    .perform();
            browser.waitUntil(
                    d -> !summary(browser).equals(zoomed) && !summary(browser).contains("to 2026-02-11."));
            new Actions(browser.driver()).sendKeys(Keys.END).perform();
            browser.waitUntil(d -> summary(browser).contains("to 2026-02-11."));
        }
    }

    @Test
    void logAndPercentTogglesChangeTheAxis() {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            browser.driver().manage().window().setSize(new Dimension(1440, 900));
            browser.signIn("trader", "demo");
            browser.open("/chart?products=nd-metal-cn,dy-oxide-cn&range=1Y");
            assertThat(browser.chartPixels()).isGreaterThan(500);
            assertThat(axisModes(browser)).containsEntry("right", "linear").containsEntry("left", "linear");
            var linearAxis = rightAxisPicture(browser);

            browser.click(By.cssSelector(".scale-toggles vaadin-button[aria-label='Log scale']"));
            browser.waitUntil(d -> "log".equals(axisModes(browser).get("right")));
            assertThat(axisModes(browser)).containsEntry("left", "log");
            browser.waitUntil(d -> d.getCurrentUrl().contains("scale=log"));
            browser.waitUntil(d -> !rightAxisPicture(browser).equals(linearAxis));

            browser.click(By.cssSelector(".scale-toggles vaadin-button[aria-label='% change']"));
            browser.waitUntil(d -> axisModes(browser).equals(Map.of("right", "percent")));
            browser.waitUntil(d -> "true"
                    .equals(d.findElement(By.cssSelector(".scale-toggles vaadin-button[aria-label='% change']"))
                            .getDomAttribute("aria-pressed")));
            assertThat(shadow(browser, ".legend").getText())
                    .as("one axis: no axis names in the legend")
                    .doesNotContain("left axis");
        }
    }

    @Test
    void spreadAxisIsInWholeYuanWithItsUnitAndTheRatioHasFourSignificantDigits() {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            browser.driver().manage().window().setSize(new Dimension(1440, 900));
            browser.signIn("trader", "demo");
            browser.open("/chart?products=nd-metal-cn,nd-oxide-cn&mode=spread&range=1Y&metal=true");
            assertThat(browser.chartPixels()).isGreaterThan(500);
            assertThat(shadow(browser, ".legend").getText())
                    .contains("nd-metal-cn − nd-oxide-cn")
                    .contains("· CNY/t")
                    .contains("(lower pane)");
            browser.waitUntil(d -> summary(browser).contains("/ nd-oxide-cn"));
            var text = summary(browser);
            assertThat(text)
                    .as("spread without decimals")
                    .containsPattern("CNY/t: last -?[\\d,]+ on ")
                    .doesNotContainPattern("CNY/t: last -?[\\d,]+\\.\\d");
            assertThat(text)
                    .as("ratio with 4 significant digits")
                    .containsPattern("\\): last \\d\\.\\d{3} on |\\): last 0\\.\\d{4} on ");
            assertThat(((Number)
                                    browser.script(
                                            "return [...document.querySelector('neodesk-price-chart')"
                                                    + ".shadowRoot.querySelectorAll('canvas')].filter(c => c.getBoundingClientRect().width > 300).length"))
                            .intValue())
                    .as("two panes and the time axis, two canvases each")
                    .isGreaterThanOrEqualTo(6);
            assertThat(axisModes(browser))
                    .as("the spread has the right axis only")
                    .isEqualTo(Map.of("right", "linear"));
        }
    }

    @Test
    void chartFollowsTheDarkThemeWhenHtmlChanges() {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            browser.driver().manage().window().setSize(new Dimension(1440, 900));
            browser.signIn("trader", "demo");
            browser.open("/chart?products=nd-metal-cn&range=1Y");
            assertThat(browser.chartPixels()).isGreaterThan(500);
            double light = backgroundLuminance(browser);
            browser.script("document.documentElement.setAttribute('theme', 'dark');");
            browser.waitUntil(d -> backgroundLuminance(browser) < light - 0.3);
            browser.script("document.documentElement.removeAttribute('theme');");
            browser.waitUntil(d -> Math.abs(backgroundLuminance(browser) - light) < 0.05);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> axisModes(Browser browser) {
        return (Map<String, String>) browser.script("return " + CHART + ".axisModes();");
    }

    /** The right price axis as pixels (its canvas, the widest of the narrow ones at the right). */
    private static String rightAxisPicture(Browser browser) {
        return (String) browser.script("const r = " + CHART + ".shadowRoot;"
                + " const plot = r.querySelector('.plot').getBoundingClientRect();"
                + " const axes = [...r.querySelectorAll('canvas')].filter(c => { const b = c.getBoundingClientRect();"
                + " return b.width > 0 && b.width < 150 && b.left > plot.left + plot.width / 2 && b.height > 100; });"
                + " return axes.map(c => c.toDataURL()).join('|');");
    }

    /** Luminance 0..1 of the chart's background, read from the top-left pixel of the main pane. */
    private static double backgroundLuminance(Browser browser) {
        var value = browser.script("const r = " + CHART + ".shadowRoot;"
                + " const c = [...r.querySelectorAll('canvas')].find(c => c.getBoundingClientRect().width > 300);"
                + " const p = c.getContext('2d').getImageData(2, 2, 1, 1).data;"
                + " return (0.2126 * p[0] + 0.7152 * p[1] + 0.0722 * p[2]) / 255;");
        return ((Number) value).doubleValue();
    }
}
