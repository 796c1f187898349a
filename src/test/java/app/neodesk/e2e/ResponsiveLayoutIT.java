package app.neodesk.e2e;

import app.neodesk.support.Browser;
import app.neodesk.support.NeodeskServer;
import app.neodesk.support.RequiresBrowser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * /, /history, /chart and /drivers at a desk monitor (1440 × 900), a tablet (1024 × 768) and a
 * phone (390 × 844), signed in as a trader. Screenshots for people to look at go to
 * {@code target/responsive-screenshots/}. The test fails when a page scrolls sideways or a visible
 * element reaches past the right edge of the viewport (it names the element), when a grid's
 * important columns are not all on screen, and when the filters of a view do not fold behind a
 * keyboard-operable "Filters" button on the phone.
 */
@RequiresBrowser
class ResponsiveLayoutIT {

    static final Path SHOTS = Path.of("target", "responsive-screenshots");
    static final int[][] SIZES = {{1440, 900}, {1024, 768}, {390, 844}};
    static final int PHONE = 390;

    enum Page {
        DASHBOARD("/", "dashboard", ".watch-tile", List.of(), false),
        HISTORY("/history", "history", "vaadin-grid", List.of("Date", "Product", "Mid", "Change"), true),
        CHART("/chart?products=nd-metal-cn", "chart", "neodesk-price-chart", List.of(), true),
        DRIVERS("/drivers", "drivers", "vaadin-grid.drivers-grid", List.of("Date", "Title", "Products"), true);

        final String path;
        final String name;
        final String ready;
        final List<String> columns;
        final boolean filters;

        Page(String path, String name, String ready, List<String> columns, boolean filters) {
            this.path = path;
            this.name = name;
            this.ready = ready;
            this.columns = columns;
            this.filters = filters;
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Page.class)
    void fitsEveryWidthWithoutSidewaysScrolling(Page page) {
        var soft = new SoftAssertions();
        try (var browser = new Browser(baseUrl())) {
            browser.signIn("trader", "demo");
            for (var size : SIZES) {
                int width = size[0];
                browser.viewport(width, size[1]);
                browser.open(page.path);
                settle(browser, page.ready);
                var where = page.name + " at " + width + " px";
                var overflow = overflow(browser);
                screenshot(browser, page.name + "-" + width);
                soft.assertThat(overflow)
                        .as(where + ": elements past the right edge")
                        .isEmpty();
                soft.assertThat(columnsOffScreen(browser, page.columns))
                        .as(where + ": grid columns not on screen")
                        .isEmpty();
                if (width >= 1024) {
                    soft.assertThat(gridsScrollingSideways(browser))
                            .as(where + ": grids that scroll sideways inside")
                            .isEmpty();
                }
                if (page.filters && width == PHONE) {
                    checkFoldedFilters(browser, page, soft);
                }
            }
        }
        soft.assertAll();
    }

    /** The shared production-jar server (or the running one {@code -Dneodesk.e2e.url} names). */
    static String baseUrl() {
        return NeodeskServer.get().baseUrl();
    }

    /** On the phone the filters hide behind "Filters"; Enter on the button opens them and moves focus in. */
    private static void checkFoldedFilters(Browser browser, Page page, SoftAssertions soft) {
        var where = page.name + " at " + PHONE + " px";
        var bars = browser.driver().findElements(By.cssSelector(".filter-bar"));
        soft.assertThat(bars).as(where + ": a FilterBar").isNotEmpty();
        if (bars.isEmpty()) {
            return;
        }
        soft.assertThat(browser.stable(() -> browser.driver()
                        .findElement(By.cssSelector(".filter-bar-toggle"))
                        .isDisplayed()))
                .as(where + ": the Filters button is shown")
                .isTrue();
        soft.assertThat(browser.stable(() -> browser.driver()
                        .findElement(By.cssSelector(".filter-bar-fields"))
                        .isDisplayed()))
                .as(where + ": the filter fields are folded")
                .isFalse();
        browser.waitUntil(d -> {
            d.findElement(By.cssSelector(".filter-bar-toggle")).sendKeys(Keys.ENTER);
            return true;
        });
        browser.waitUntil(
                d -> d.findElement(By.cssSelector(".filter-bar-fields")).isDisplayed());
        browser.waitUntil(d -> "true"
                .equals(d.findElement(By.cssSelector(".filter-bar-toggle")).getDomAttribute("aria-expanded")));
        browser.waitUntil(d -> Boolean.TRUE.equals(
                browser.script("const a = document.activeElement; return !!a && !!a.closest('.filter-bar-fields');")));
        settle(browser, page.ready);
        var overflow = overflow(browser);
        screenshot(browser, page.name + "-" + PHONE + "-filters-open");
        soft.assertThat(overflow)
                .as(where + " with the filters open: elements past the right edge")
                .isEmpty();
    }

    /**
     * Waits until Vaadin is idle, the view's content (the element {@code ready} selects) is there and
     * the layout reads the same twice in a row.
     */
    static void settle(Browser browser, String ready) {
        browser.waitFor(By.cssSelector(ready));
        var last = new Object[1];
        browser.waitUntil(d -> {
            var idle = browser.script("const c = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                    + " return !!c && Object.values(c).every(x => !x.isActive || !x.isActive());");
            if (!Boolean.TRUE.equals(idle)) {
                return false;
            }
            var now = browser.script(
                    "return [document.documentElement.scrollWidth, document.documentElement.scrollHeight,"
                            + " document.querySelectorAll('*').length].join(' ');");
            var same = now.equals(last[0]);
            last[0] = now;
            return same;
        });
    }

    /**
     * Why the page is wider than the viewport: the document's scroll width, scroll containers outside
     * grids that scroll sideways (such as the app layout's content), and the outermost visible
     * elements whose right edge is past the viewport's, unless a box inside the viewport clips them
     * or they scroll inside a grid (a grid scrolling its own columns is fine).
     */
    @SuppressWarnings("unchecked")
    static List<String> overflow(Browser browser) {
        return new ArrayList<>((List<String>) browser.script("""
                const root = document.documentElement;
                const vw = root.clientWidth;
                const found = [];
                if (root.scrollWidth > vw) found.push('document: scrollWidth ' + root.scrollWidth + ' > clientWidth ' + vw);
                const parentOf = el => el.assignedSlot || el.parentElement
                    || (el.getRootNode() instanceof ShadowRoot ? el.getRootNode().host : null);
                const describe = el => {
                  let s = el.localName;
                  if (el.id) s += '#' + el.id;
                  if (el.classList && el.classList.length) s += '.' + Array.from(el.classList).join('.');
                  const label = el.getAttribute('aria-label') || el.label || (el.innerText || '').trim().slice(0, 40);
                  if (label) s += ' "' + String(label).replace(/\\s+/g, ' ') + '"';
                  let host = el.getRootNode().host;
                  if (host) s += ' in ' + host.localName;
                  return s;
                };
                const inGrid = el => { for (let p = el; p; p = parentOf(p)) if (p.localName === 'vaadin-grid') return true; return false; };
                // Clipped by a box inside the viewport, or scrolled inside a grid: not the page's overflow.
                const held = el => {
                  for (let p = parentOf(el); p && p !== root && p !== document.body; p = parentOf(p)) {
                    const x = getComputedStyle(p).overflowX;
                    if (x !== 'visible' && p.getBoundingClientRect().right <= vw + 1
                        && (x === 'hidden' || x === 'clip' || inGrid(p))) return true;
                  }
                  return false;
                };
                const reported = new Set();
                const under = el => { for (let p = parentOf(el); p; p = parentOf(p)) if (reported.has(p)) return true; return false; };
                const visit = scope => {
                  for (const el of scope.querySelectorAll('*')) {
                    if (found.length >= 12) return;
                    if (el.checkVisibility && !el.checkVisibility({visibilityProperty: true, opacityProperty: true})) continue;
                    const r = el.getBoundingClientRect();
                    const style = getComputedStyle(el);
                    if (r.width > 0 && r.height > 0 && r.right > vw + 1 && !held(el) && !under(el)) {
                      reported.add(el);
                      found.push(describe(el) + ': right edge ' + Math.round(r.right) + ' > viewport ' + vw);
                    }
                    if ((style.overflowX === 'auto' || style.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1
                        && el.clientWidth > 0 && !inGrid(el)) {
                      found.push(describe(el) + ': scrolls sideways, ' + el.scrollWidth + ' > ' + el.clientWidth);
                    }
                    if (el.shadowRoot) visit(el.shadowRoot);
                  }
                };
                visit(document);
                return found;"""));
    }

    /**
     * Grids whose own table is wider than the grid: on a desk monitor and a tablet every column of
     * the grid fits, so no trader scrolls a grid sideways to find a column.
     */
    @SuppressWarnings("unchecked")
    static List<String> gridsScrollingSideways(Browser browser) {
        return (List<String>) browser.script("""
                return Array.from(document.querySelectorAll('vaadin-grid'))
                    .filter(g => g.checkVisibility() && g.$ && g.$.table
                        && g.$.table.scrollWidth > g.$.table.clientWidth + 1)
                    .map(g => (g.className || 'vaadin-grid') + ': ' + g.$.table.scrollWidth + ' > ' + g.$.table.clientWidth);""");
    }

    /** The grid columns, by header text, that are missing or not wholly inside the viewport. */
    @SuppressWarnings("unchecked")
    static List<String> columnsOffScreen(Browser browser, List<String> headers) {
        if (headers.isEmpty()) {
            return List.of();
        }
        return (List<String>) browser.script("""
                const vw = document.documentElement.clientWidth;
                const cells = Array.from(document.querySelectorAll('vaadin-grid-cell-content'));
                return arguments[0].filter(h => !cells.some(c => {
                  if (c.textContent.trim() !== h) return false;
                  const r = c.getBoundingClientRect();
                  return r.width > 0 && r.left >= -1 && r.right <= vw + 1;
                }));""", headers);
    }

    static void screenshot(Browser browser, String name) {
        try {
            Files.createDirectories(SHOTS);
            Files.write(
                    SHOTS.resolve(name + ".png"),
                    ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException("Could not save the screenshot " + name, e);
        }
    }
}
