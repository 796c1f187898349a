package app.neodesk.e2e;

import app.neodesk.support.Browser;
import app.neodesk.support.NeodeskServer;
import app.neodesk.support.RequiresBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quote form in a real browser: typing "1e3" into a price field must not turn it into 13 (as
 * the number field did, silently); the server refuses it with a clear message. And the date starts
 * at today.
 */
@RequiresBrowser
class PriceInputIT {

    private static final String PLAIN = "Enter a plain number like 1085000 or 1,085,000";

    @Test
    void scientificNotationStaysAsTypedAndIsRefusedWithAClearMessage() {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            browser.signIn("analyst", "demo");
            browser.open("/quotes/new");
            browser.waitUntil(d -> {
                try {
                    return !browser.field("Low").findElements(By.tagName("input")).isEmpty();
                } catch (StaleElementReferenceException e) {
                    return false;
                }
            });
            browser.type("Low", "1e3");

            browser.waitUntil(d -> {
                try {
                    var low = browser.field("Low");
                    return PLAIN.equals(low.getDomProperty("errorMessage"))
                            && "true".equals(String.valueOf(low.getDomProperty("invalid")));
                } catch (StaleElementReferenceException e) {
                    return false;
                }
            });
            assertThat(browser.inputValue("Low"))
                    .as("what the user typed is kept, not changed into another number").isEqualTo("1e3");
        }
    }

    @Test
    void theDateStartsAtTodayInTheMarketTimeZone() {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            browser.signIn("analyst", "demo");
            browser.open("/quotes/new");
            var today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
            browser.waitUntil(d -> {
                try {
                    return today.equals(browser.field("Date").findElement(By.tagName("input")).getDomProperty("value"));
                } catch (StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                    return false;
                }
            });
        }
    }
}
