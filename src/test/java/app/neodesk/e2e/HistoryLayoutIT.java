package app.neodesk.e2e;

import app.neodesk.support.Browser;
import app.neodesk.support.NeodeskServer;
import app.neodesk.support.RequiresBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /history on a phone (390 px) and a tablet (1024 px): the filters fold behind "Filters" on the
 * phone, the grid keeps date, product, mid (with its unit) and change on screen, and the page never
 * scrolls sideways.
 */
@RequiresBrowser
class HistoryLayoutIT {

    /** Per column key: whether its header is shown and lies within the window. */
    static final String COLUMNS = """
            const grid = document.querySelector('vaadin-grid.history-grid');
            const width = document.documentElement.clientWidth;
            const result = {};
            for (const c of grid.querySelectorAll(':scope > vaadin-grid-column')) {
              const cell = c._headerCell;
              const box = cell ? cell.getBoundingClientRect() : null;
              result[c.getAttribute('data-key')] = !c.hidden && !!box && box.width > 0 && box.left >= 0 && box.right <= width + 1;
            }
            return result;""";

    static final String OVERFLOW = "return document.documentElement.scrollWidth - document.documentElement.clientWidth;";

    @Test
    @SuppressWarnings("unchecked")
    void phoneFoldsFiltersAndKeepsDateProductMidAndChangeOnScreen() {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            browser.signIn("trader", "demo");
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.open("/history?product=nd-metal-cn");
            browser.waitUntil(d -> browser.gridTexts().contains("nd-metal-cn"));

            browser.waitUntil(d -> {
                var shown = (Map<String, Boolean>) browser.script(COLUMNS);
                return shown.get("date") && shown.get("product") && shown.get("mid") && shown.get("change")
                        && !shown.get("source") && !shown.get("low") && !shown.get("high") && !shown.get("unit")
                        && !shown.get("changePct") && !shown.get("enteredBy");
            });
            assertThat(browser.gridTexts()).as("the mid names its unit when the Unit column is folded")
                    .anySatisfy(t -> assertThat(t).matches("[0-9,]+\\s+CNY/t"));
            assertThat(((Number) browser.script(OVERFLOW)).intValue()).as("no sideways scrolling").isLessThanOrEqualTo(0);

            var toggle = browser.waitFor(By.className("filter-bar-toggle"));
            assertThat(toggle.isDisplayed()).isTrue();
            assertThat(browser.field("Products").isDisplayed()).as("filters folded").isFalse();
            browser.click(By.className("filter-bar-toggle"));
            browser.waitUntil(d -> browser.field("Products").isDisplayed());
            assertThat(((Number) browser.script(OVERFLOW)).intValue()).as("open filters fit too").isLessThanOrEqualTo(0);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void tabletShowsFiltersInlineAndTheMainColumns() {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            browser.signIn("trader", "demo");
            browser.driver().manage().window().setSize(new Dimension(1024, 768));
            browser.open("/history?product=nd-metal-cn");
            browser.waitUntil(d -> browser.gridTexts().contains("nd-metal-cn"));

            assertThat(browser.field("Products").isDisplayed()).isTrue();
            assertThat(browser.driver().findElement(By.className("filter-bar-toggle")).isDisplayed()).isFalse();
            browser.waitUntil(d -> {
                var shown = (Map<String, Boolean>) browser.script(COLUMNS);
                return List.of("date", "product", "mid", "unit", "change").stream().allMatch(shown::get);
            });
            assertThat(browser.gridTexts()).as("the unit has its own column here").noneMatch(t -> t.matches("[0-9,]+\\s+CNY/t"));
            assertThat(((Number) browser.script(OVERFLOW)).intValue()).as("no sideways scrolling").isLessThanOrEqualTo(0);
        }
    }
}
