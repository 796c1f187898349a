package app.neodesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.support.Browser;
import app.neodesk.support.NeodeskServer;
import app.neodesk.support.RequiresBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A Desk A team annotation is a chart marker for Desk A and does not exist for Desk B. */
@RequiresBrowser
class DriverVisibilityIT {

    @Test
    void teamAnnotationIsVisibleToTeamMateAndNotFoundForOtherDesk() {
        String id;
        try (var analyst = new Browser(NeodeskServer.get().baseUrl())) {
            analyst.signIn("analyst", "demo");
            analyst.open("/drivers/new?product=nd-metal-cn&date=2026-02-11");
            analyst.type("Title", "Desk A only: magnet maker restocking");
            analyst.choose("Category", "Demand");
            analyst.choose("Direction", "Bullish");
            analyst.choose("Impact", "High");
            analyst.choose("Teams", "Desk A");
            analyst.type("Text", "Two magnet makers asked for spot metal this morning.");
            analyst.click(By.className("save-driver"));
            analyst.waitUntil(d -> d.getCurrentUrl().matches(".*/drivers/\\d+$"));
            id = analyst.driver().getCurrentUrl().replaceAll(".*/drivers/", "");
        }
        try (var trader = new Browser(NeodeskServer.get().baseUrl())) {
            trader.signIn("trader", "demo");
            trader.open("/chart?products=nd-metal-cn&range=All");
            trader.chartPixels();
            assertThat(trader.chartIds("markers")).contains("driver-" + id);
        }
        try (var trader2 = new Browser(NeodeskServer.get().baseUrl())) {
            trader2.signIn("trader2", "demo");
            trader2.open("/chart?products=nd-metal-cn&range=All");
            trader2.chartPixels();
            assertThat(trader2.chartIds("markers")).isNotEmpty().doesNotContain("driver-" + id);
            trader2.open("/drivers/" + id);
            assertThat(trader2.waitForText(By.tagName("h1"), t -> !t.isBlank())).isEqualTo("Driver not found");
        }
    }
}
