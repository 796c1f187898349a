package app.neodesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.support.Browser;
import app.neodesk.support.NeodeskServer;
import app.neodesk.support.RequiresBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;

/** Real Chromium against the production jar: each role sees its own menu, and typed-in admin URLs are refused. */
@RequiresBrowser
class SignInMenuIT {

    @Test
    void traderSeesNoAdminEntriesAndCannotTypeInAdminUrl() {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            browser.signIn("trader", "demo");
            var menu = browser.menuTexts();
            assertThat(menu)
                    .contains("Dashboard")
                    .doesNotContain("Products", "Users", "Teams", "Sources", "Audit trail");

            browser.open("/admin/users");
            assertThat(browser.waitForText(By.tagName("h1"), t -> !t.isBlank())).isEqualTo("Not allowed");
            assertThat(browser.driver().findElements(By.tagName("vaadin-grid")))
                    .as("no user grid for a trader")
                    .isEmpty();
            assertThat(browser.menuTexts()).as("still inside the app layout").contains("Dashboard");
        }
    }

    @Test
    void adminSeesAdminEntries() {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            browser.signIn("admin", "demo");
            assertThat(browser.menuTexts())
                    .contains("Dashboard", "Products", "Sources", "Users", "Teams", "Audit trail");
        }
    }

    @Test
    void signInPageFocusesTheUserNameSoTypingStartsAtOnce() {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            browser.open("/login");
            browser.waitUntil(d -> Boolean.TRUE.equals(browser.script(
                    "const a = document.activeElement; return !!a && a.getAttribute('name') === 'username';")));
            // keys go to the focused field without a click
            new Actions(browser.driver()).sendKeys("trader").perform();
            assertThat(browser.script(
                            "return document.querySelector(\"vaadin-login-form input[name='username']\").value"))
                    .isEqualTo("trader");
        }
    }

    @Test
    void wrongPasswordShowsAClearMessage() {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            browser.open("/login");
            browser.waitFor(By.cssSelector("vaadin-login-form input[name='username']"))
                    .sendKeys("trader2");
            browser.driver()
                    .findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                    .sendKeys("nope");
            browser.driver()
                    .findElement(By.cssSelector("vaadin-login-form vaadin-button"))
                    .click();
            browser.waitUntil(d -> d.getCurrentUrl().contains("error"));
            browser.waitUntil(
                    d -> String.valueOf(browser.script("const f = document.querySelector('vaadin-login-form');"
                                    + "return f && f.error && f.i18n ? f.i18n.errorMessage.title : ''"))
                            .contains("Incorrect"));
        }
    }
}
