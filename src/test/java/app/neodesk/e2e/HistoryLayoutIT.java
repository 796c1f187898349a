package app.neodesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.support.Browser;
import app.neodesk.support.NeodeskServer;
import app.neodesk.support.RequiresBrowser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

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

    static final String OVERFLOW =
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;";

    @Test
    @SuppressWarnings("unchecked")
    void phoneFoldsFiltersAndKeepsDateProductMidAndChangeOnScreen() {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            browser.signIn("trader", "demo");
            browser.viewport(390, 844);
            browser.open("/history?product=nd-metal-cn");
            browser.waitUntil(d -> browser.gridTexts().contains("nd-metal-cn"));

            browser.waitUntil(d -> {
                var shown = (Map<String, Boolean>) browser.script(COLUMNS);
                return shown.get("date")
                        && shown.get("product")
                        && shown.get("mid")
                        && shown.get("change")
                        && !shown.get("source")
                        && !shown.get("low")
                        && !shown.get("high")
                        && !shown.get("unit")
                        && !shown.get("changePct")
                        && !shown.get("enteredBy");
            });
            assertThat(browser.gridTexts())
                    .as("the mid names its unit when the Unit column is folded")
                    .anySatisfy(t -> assertThat(t).matches("[0-9,]+\\s+CNY/t"));
            waitUntilNoSidewaysScrolling(browser);

            var toggle = browser.waitFor(By.className("filter-bar-toggle"));
            assertThat(toggle.isDisplayed()).isTrue();
            assertThat(browser.field("Products").isDisplayed())
                    .as("filters folded")
                    .isFalse();
            browser.click(By.className("filter-bar-toggle"));
            browser.waitUntil(d -> browser.field("Products").isDisplayed());
            waitUntilNoSidewaysScrolling(browser);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void tabletShowsFiltersInlineAndTheMainColumns() {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            browser.signIn("trader", "demo");
            browser.viewport(1024, 768);
            browser.open("/history?product=nd-metal-cn");
            browser.waitUntil(d -> browser.gridTexts().contains("nd-metal-cn"));

            assertThat(browser.field("Products").isDisplayed()).isTrue();
            assertThat(browser.driver()
                            .findElement(By.className("filter-bar-toggle"))
                            .isDisplayed())
                    .isFalse();
            browser.waitUntil(d -> {
                var shown = (Map<String, Boolean>) browser.script(COLUMNS);
                return List.of("date", "product", "source", "mid", "unit", "change", "changePct").stream()
                                .allMatch(shown::get)
                        && !shown.get("low")
                        && !shown.get("high")
                        && !shown.get("corrected")
                        && !shown.get("enteredBy");
            });
            assertThat(browser.gridTexts())
                    .as("the unit has its own column here")
                    .noneMatch(t -> t.matches("[0-9,]+\\s+CNY/t"));
            waitUntilNoSidewaysScrolling(browser);
        }
    }

    @Test
    void gridsOfViewsLeftBehindAreNotHeldByTheColumnFoldingListeners() {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            browser.signIn("trader", "demo");
            browser.viewport(1024, 768);
            browser.open("/history?product=nd-metal-cn");
            browser.waitUntil(d -> browser.gridTexts().contains("nd-metal-cn"));
            // In-app navigation (no reload): each visit builds a new grid and detaches the old one.
            for (var path : List.of("drivers", "history", "drivers")) {
                browser.script(
                        "history.pushState(null, '', arguments[0]);"
                                + " window.dispatchEvent(new PopStateEvent('popstate'));",
                        path);
                var grid = path.equals("drivers") ? "vaadin-grid.drivers-grid" : "vaadin-grid.history-grid";
                browser.waitUntil(d -> Boolean.TRUE.equals(browser.script(
                        "return !!document.querySelector(arguments[0]) && document.querySelectorAll('vaadin-grid').length === 1",
                        grid)));
            }
            browser.waitUntil(d -> Boolean.TRUE.equals(browser.script("""
                    const r = window.__neodeskNarrowColumns;
                    const held = r ? [...r.grids].map(ref => ref.deref()) : [];
                    return held.length === 1 && held[0] === document.querySelector('vaadin-grid.drivers-grid');""")));
        }
    }

    /**
     * The grid recalculates its column widths asynchronously after columns fold or the filters
     * open: reads the overflow afresh until the page stops scrolling sideways (the wait fails with
     * a screenshot if it never does).
     */
    private static void waitUntilNoSidewaysScrolling(Browser browser) {
        browser.waitUntil(d -> ((Number) browser.script(OVERFLOW)).intValue() <= 0);
    }
}
