package app.neodesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.support.Browser;
import app.neodesk.support.NeodeskServer;
import app.neodesk.support.RequiresBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** An analyst enters the seed note's two neodymium metal quotes with the keyboard and sees the change in the history. */
@RequiresBrowser
class QuoteJourneyIT {

    @Test
    void analystEntersTheSeedQuotesAndHistoryShowsPlus333Percent() {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            browser.signIn("analyst", "demo");
            browser.open("/quotes/new");
            enter(browser, "2026-02-10", "1045000", "1055000");
            browser.waitForText(By.className("saved-quotes"), t -> t.contains("nd-metal-cn/smm/2026-02-10"));
            enter(browser, "2026-02-11", "1080000", "1090000");
            var saved =
                    browser.waitForText(By.className("saved-quotes"), t -> t.contains("nd-metal-cn/smm/2026-02-11"));
            assertThat(saved).contains("mid 1,085,000 · +35,000 (+3.33%)");

            browser.open("/history?product=nd-metal-cn&source=smm");
            browser.waitUntil(d -> browser.gridTexts().contains("+3.33%"));
            assertThat(browser.gridTexts()).contains("2026-02-11", "1,085,000", "+35,000", "+3.33%");
        }
    }

    private static void enter(Browser browser, String date, String low, String high) {
        browser.choose("Product", "nd-metal-cn");
        browser.choose("Source", "smm");
        browser.date("Date", date);
        browser.type("Low", low);
        browser.type("High", high);
        browser.press("High", Keys.TAB);
        browser.waitUntil(d -> !browser.inputValue("Mid").isEmpty());
        browser.press("Mid", Keys.ENTER);
    }
}
