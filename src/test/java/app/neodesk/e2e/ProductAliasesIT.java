package app.neodesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.support.Browser;
import app.neodesk.support.NeodeskServer;
import app.neodesk.support.RequiresBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/** Real Chromium at 1024 px: the admin product grid shows whole names with their unit, and aliases are edited. */
@RequiresBrowser
class ProductAliasesIT {

    private static final String PRND = "Praseodymium-neodymium oxide ≥99% · China ex-works · CNY/t";

    @Test
    void adminSeesTheWholeProductNameAt1024PixelsAndEditsAliases() {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            browser.driver().manage().window().setSize(new Dimension(1024, 768));
            browser.signIn("admin", "demo");
            browser.open("/admin/products");
            browser.waitUntil(d -> browser.gridTexts().contains(PRND));

            // The cell shows all of its text: nothing hidden behind an ellipsis or cut at the cell's edge.
            browser.waitUntil(d -> Boolean.TRUE.equals(browser.script(
                    "const c = Array.from(document.querySelectorAll('vaadin-grid-cell-content'))"
                            + ".find(e => e.textContent.trim() === arguments[0]);"
                            + "if (!c) return false;"
                            + "const cell = c.assignedSlot ? c.assignedSlot.parentElement : null;"
                            + "const box = c.getBoundingClientRect();"
                            + "const cellBox = cell ? cell.getBoundingClientRect() : box;"
                            + "return c.scrollWidth <= c.clientWidth + 1 && box.right <= cellBox.right + 1;",
                    PRND)));

            browser.waitFor(By.cssSelector("vaadin-text-field[placeholder='Search by code'] input"))
                    .sendKeys("tb-oxide");
            browser.waitUntil(d ->
                    !browser.gridTexts().contains(PRND) && browser.gridTexts().contains("tb-oxide-cn"));
            browser.click(By.xpath("//vaadin-grid-cell-content[normalize-space()='tb-oxide-cn']"));
            browser.waitUntil(d -> aliases(browser).startsWith("氧化铽"));
            // Set as the browser sends a text area's value (its input is read through the component).
            browser.script(
                    "const a = arguments[0]; a.value = arguments[1];"
                            + " a.dispatchEvent(new CustomEvent('change', {bubbles: true}));",
                    browser.field("Aliases"),
                    "氧化铽\nTb oxide\nterbium oxide\nTb4O7\n铽氧化物");
            browser.click(By.xpath("//vaadin-button[normalize-space()='Save']"));
            browser.waitUntil(d -> browser.texts(By.tagName("vaadin-notification-card")).stream()
                    .anyMatch(t -> t.contains("Product tb-oxide-cn saved")));

            browser.click(By.xpath("//vaadin-grid-cell-content[normalize-space()='tb-oxide-cn']"));
            browser.waitUntil(d -> aliases(browser).endsWith("铽氧化物"));
            assertThat(aliases(browser)).isEqualTo("氧化铽\nTb oxide\nterbium oxide\nTb4O7\n铽氧化物");
        }
    }

    private static String aliases(Browser browser) {
        return String.valueOf(browser.script("return arguments[0].value", browser.field("Aliases")));
    }
}
