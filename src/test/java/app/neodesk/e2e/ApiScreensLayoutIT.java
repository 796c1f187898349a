package app.neodesk.e2e;

import static app.neodesk.e2e.ResponsiveLayoutIT.baseUrl;
import static app.neodesk.e2e.ResponsiveLayoutIT.gridsScrollingSideways;
import static app.neodesk.e2e.ResponsiveLayoutIT.overflow;
import static app.neodesk.e2e.ResponsiveLayoutIT.screenshot;
import static app.neodesk.e2e.ResponsiveLayoutIT.settle;

import app.neodesk.support.Browser;
import app.neodesk.support.RequiresBrowser;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

/**
 * The API screens on a tablet (1024 × 768) and a phone (390 × 844), each with at least one row in
 * its lists: /account/tokens as a trader, /admin/tokens and /admin/webhooks as an admin. With
 * {@link ResponsiveLayoutIT}'s checks: the page does not scroll sideways, no visible element
 * reaches past the right edge (a grid may scroll its own columns), and on the tablet no grid
 * scrolls sideways inside. Screenshots go to {@code target/responsive-screenshots/}.
 */
@RequiresBrowser
class ApiScreensLayoutIT {

    static final int[][] SIZES = {{1024, 768}, {390, 844}};
    /** A disabled endpoint on a host that never resolves: no delivery is ever attempted. */
    static final String WEBHOOK = "https://receiver.invalid/neodesk/layout-check";

    static final String TOKEN = "Layout check";

    enum Screen {
        MY_TOKENS("/account/tokens", "trader", "account-tokens"),
        ALL_TOKENS("/admin/tokens", "admin", "admin-tokens"),
        WEBHOOKS("/admin/webhooks", "admin", "admin-webhooks");

        final String path;
        final String user;
        final String name;

        Screen(String path, String user, String name) {
            this.path = path;
            this.user = user;
            this.name = name;
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Screen.class)
    void fitsTabletAndPhoneWithoutSidewaysScrolling(Screen screen) {
        var soft = new SoftAssertions();
        try (var browser = new Browser(baseUrl())) {
            browser.signIn(screen.user, "demo");
            var row = ensureRow(browser, screen);
            for (var size : SIZES) {
                int width = size[0];
                browser.viewport(width, size[1]);
                browser.open(screen.path);
                settle(browser, "vaadin-grid");
                browser.waitUntil(d -> browser.gridTexts().contains(row));
                settle(browser, "vaadin-grid");
                var where = screen.name + " at " + width + " px";
                var overflow = overflow(browser);
                screenshot(browser, screen.name + "-" + width);
                soft.assertThat(overflow)
                        .as(where + ": elements past the right edge")
                        .isEmpty();
                if (width >= 1024) {
                    soft.assertThat(gridsScrollingSideways(browser))
                            .as(where + ": grids that scroll sideways inside")
                            .isEmpty();
                }
            }
        }
        soft.assertAll();
    }

    /** Makes sure the screen lists a token or an endpoint (made through the UI once), and returns a text of its row. */
    private static String ensureRow(Browser browser, Screen screen) {
        browser.open(screen.path);
        settle(browser, "vaadin-grid");
        if (screen == Screen.WEBHOOKS) {
            if (!browser.gridTexts().contains(WEBHOOK)) {
                addDisabledWebhook(browser);
            }
            return WEBHOOK;
        }
        if (!browser.gridTexts().contains(TOKEN)) {
            TokenUi.create(browser, TOKEN, "read");
        }
        return TOKEN;
    }

    private static void addDisabledWebhook(Browser browser) {
        browser.type("Endpoint URL", WEBHOOK);
        browser.type("Description", "Layout check: never enabled");
        browser.click(By.xpath("//vaadin-button[normalize-space()='Add webhook']"));
        browser.click(By.xpath("//vaadin-button[normalize-space()='Done']"));
        browser.click(By.cssSelector("vaadin-button[aria-label='Disable " + WEBHOOK + "']"));
        browser.waitUntil(d -> browser.gridTexts().contains("Disabled"));
    }
}
