package app.neodesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.support.Browser;
import org.openqa.selenium.By;

/** What a user does on /account/tokens, for the browser tests of the API tokens. */
final class TokenUi {

    private TokenUi() {}

    /** Creates a token in the New token dialog, reads the token it shows once, closes the dialog; returns the token. */
    static String create(Browser browser, String name, String scope) {
        browser.open("/account/tokens");
        browser.click(By.xpath("//vaadin-button[normalize-space()='New token']"));
        browser.type("Name", name);
        browser.select("Scope", scope);
        browser.click(By.xpath("//vaadin-button[normalize-space()='Create token']"));
        browser.waitUntil(d -> browser.inputValue("Your new token").startsWith("ndk_"));
        var token = browser.inputValue("Your new token");
        assertThat(token).as("the token the dialog shows").matches("ndk_[A-Za-z0-9_-]{43}");
        assertThat(browser.texts(By.className("token-warning")))
                .singleElement()
                .asString()
                .contains("will not be shown again");
        assertThat(pageHolds(browser, token))
                .as("the open dialog holds the token (the check below can see it)")
                .isTrue();
        browser.click(By.xpath("//vaadin-button[normalize-space()='Done']"));
        browser.waitUntil(d -> Boolean.TRUE.equals(
                browser.script("return !Array.from(document.querySelectorAll('vaadin-dialog')).some(x => x.opened);")));
        browser.waitUntil(d -> browser.gridTexts().contains(name));
        return token;
    }

    /** Revokes the named token with its row's Revoke button and the confirmation. */
    static void revoke(Browser browser, String name) {
        browser.open("/account/tokens");
        browser.click(By.cssSelector("vaadin-button[aria-label='Revoke token " + name + "']"));
        browser.click(By.xpath("//vaadin-confirm-dialog//vaadin-button[normalize-space()='Revoke']"));
    }

    /** Whether the text is anywhere in the page: markup, text, input values, shadow roots included. */
    static boolean pageHolds(Browser browser, String text) {
        return Boolean.TRUE.equals(browser.script("""
                const t = arguments[0];
                const visit = root => {
                  if ((root === document ? document.documentElement.outerHTML : root.innerHTML).includes(t)) return true;
                  for (const el of root.querySelectorAll('*')) {
                    if (typeof el.value === 'string' && el.value.includes(t)) return true;
                    if (el.shadowRoot && visit(el.shadowRoot)) return true;
                  }
                  return false;
                };
                return visit(document);""", text));
    }
}
