package app.neodesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.support.Browser;
import app.neodesk.support.NeodeskServer;
import app.neodesk.support.RequiresBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The price chart really draws in Chromium, in absolute and spread mode, from a shared URL. */
@RequiresBrowser
class ChartIT {

    @Test
    void traderOpensTheChartLinkAndTheCanvasHasDrawnPixels() {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            browser.signIn("trader", "demo");
            browser.open("/chart?products=nd-metal-cn&range=All");
            assertThat(browser.chartPixels()).as("painted pixels").isGreaterThan(500);
            assertThat(browser.chartIds("series")).containsExactly("mid-nd-metal-cn");
            assertThat(browser.chartIds("markers"))
                    .as("the seed drivers of 2026-02-11 are marked")
                    .isNotEmpty();
            assertThat(browser.stable(() -> browser.driver().findElements(By.className("chart-problem")).stream()
                            .noneMatch(e -> e.isDisplayed())))
                    .isTrue();
        }
    }

    @Test
    void spreadModeDrawsMetalMinusOxideAndRatio() {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            browser.signIn("trader", "demo");
            browser.open("/chart?products=nd-metal-cn,nd-oxide-cn&mode=spread&range=All&metal=true");
            assertThat(browser.chartPixels()).isGreaterThan(500);
            assertThat(browser.chartIds("series")).containsExactly("spread", "ratio");
        }
    }

    @Test
    void badLinkShowsAClearMessageInsteadOfAnErrorPage() {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            browser.signIn("trader", "demo");
            browser.open("/chart?products=nd-metal-cn&range=2W");
            browser.waitForText(By.className("chart-problem"), t -> t.contains("Unknown range preset '2W'"));
            assertThat(browser.chartPixels())
                    .as("the default chart is still shown")
                    .isGreaterThan(500);
        }
    }
}
