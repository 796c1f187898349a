package app.neodesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.support.Browser;
import app.neodesk.support.NeodeskServer;
import app.neodesk.support.RequiresBrowser;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** A quote saved by an analyst appears on a trader's open dashboard without a reload. */
@RequiresBrowser
class LiveDashboardIT {

    @Test
    void analystsQuoteAppearsOnTradersOpenDashboard() {
        try (var trader = new Browser(NeodeskServer.get().baseUrl());
                var analyst = new Browser(NeodeskServer.get().baseUrl())) {
            trader.signIn("trader", "demo");
            trader.waitFor(By.className("watch-tile"));
            assertThat(trader.stable(() -> tile(trader))).contains("1,085,000").doesNotContain("1,095,000");
            trader.script("window.neodeskMarker = 'same page';");

            analyst.signIn("analyst", "demo");
            analyst.open("/quotes/new");
            analyst.choose("Product", "nd-metal-cn");
            analyst.choose("Source", "yangtze");
            analyst.date("Date", "2026-02-12");
            analyst.type("Low", "1090000");
            analyst.type("High", "1100000");
            analyst.press("High", Keys.TAB);
            analyst.waitUntil(d -> !analyst.inputValue("Mid").isEmpty());
            analyst.press("Mid", Keys.ENTER);
            analyst.waitForText(By.className("saved-quotes"), t -> t.contains("nd-metal-cn/yangtze/2026-02-12"));
            var saved = Instant.now();

            trader.waitUntil(d -> tile(trader).contains("1,095,000"));
            var delay = Duration.between(saved, Instant.now());
            assertThat(trader.stable(() -> tile(trader))).contains("+10,000").contains("2026-02-12");
            assertThat(trader.script("return window.neodeskMarker"))
                    .as("no reload")
                    .isEqualTo("same page");
            assertThat(delay).as("pushed within 2 seconds (plus test overhead)").isLessThan(Duration.ofSeconds(5));
        }
    }

    /** The nd-metal-cn tile's text; the dashboard re-renders its tiles on every push, so callers retry on stale elements. */
    private static String tile(Browser browser) {
        return browser.driver().findElements(By.className("watch-tile")).stream()
                .filter(e -> e.getText().startsWith("nd-metal-cn"))
                .findFirst()
                .orElseThrow()
                .getText();
    }
}
