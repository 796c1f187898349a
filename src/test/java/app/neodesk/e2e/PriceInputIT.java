package app.neodesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.support.Browser;
import app.neodesk.support.NeodeskServer;
import app.neodesk.support.RequiresBrowser;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;

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
                    return !browser.field("Low")
                            .findElements(By.tagName("input"))
                            .isEmpty();
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
                    .as("what the user typed is kept, not changed into another number")
                    .isEqualTo("1e3");
        }
    }

    /**
     * A comma the user enters is never regrouped into another price: "118,5000" once became
     * "1,185,000" at its last digit and "1,0000" became "10,000". Each stays as entered and saving is
     * refused; typed digits are still grouped and saved. Uses nd-metal-cn from source "inhouse" on
     * 2022-07-15, which no other browser test uses.
     */
    @Test
    void aCommaTheUserEntersIsNeverRegroupedAndSavingItIsRefused() {
        var key = "nd-metal-cn/inhouse/2022-07-15";
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            browser.signIn("analyst", "demo");
            browser.open("/quotes/new");
            browser.choose("Product", "nd-metal-cn");
            browser.choose("Source", "inhouse");
            browser.date("Date", "2022-07-15");
            browser.type("High", "1080000");
            browser.waitUntil(d -> "1,080,000".equals(browser.inputValue("High")));

            for (var typed : new String[] {"118,5000", "1,00", "1,0000"}) {
                browser.type("Low", typed); // key by key
                refusedAsEntered(browser, typed, key);
            }

            var low = browser.field("Low");
            browser.script(
                    "const i = arguments[0].querySelector('input'); i.focus(); i.select();"
                            + " const e = {inputType: 'insertFromPaste', data: arguments[1], bubbles: true, composed: true};"
                            + " i.dispatchEvent(new InputEvent('beforeinput', {...e, cancelable: true}));"
                            + " i.value = arguments[1]; i.dispatchEvent(new InputEvent('input', e));",
                    low,
                    "118,50");
            refusedAsEntered(browser, "118,50", key);

            browser.type("Low", "5");
            browser.waitUntil(d -> "5".equals(browser.inputValue("Low")));
            browser.script(
                    "const i = arguments[0].querySelector('input'); i.focus(); i.select();"
                            + " document.execCommand('insertText', false, arguments[1]);",
                    browser.field("Low"),
                    "118,50");
            refusedAsEntered(browser, "118,50", key);

            browser.type("Low", "1080000");
            browser.waitUntil(d ->
                    "1,080,000".equals(browser.inputValue("Low")) && "1,080,000".equals(browser.inputValue("Mid")));
            browser.press("Low", Keys.ENTER);
            browser.waitForText(By.className("saved-quotes"), t -> t.contains(key + " · mid 1,080,000"));

            browser.open("/history?product=nd-metal-cn&source=inhouse&from=2022-07-15&to=2022-07-15");
            browser.waitUntil(d -> browser.gridTexts().contains("2022-07-15"));
            assertThat(browser.gridTexts())
                    .as("one quote, as typed")
                    .containsOnlyOnce("2022-07-15")
                    .contains("1,080,000")
                    .doesNotContain("1,185,000", "10,000", "11,850", "100");
        }
    }

    /** The low price stays exactly as entered, the server says why it is not a number, and Enter saves nothing. */
    private static void refusedAsEntered(Browser browser, String entered, String key) {
        browser.waitUntil(d -> {
            try {
                var low = browser.field("Low");
                return PLAIN.equals(low.getDomProperty("errorMessage"))
                        && "true".equals(String.valueOf(low.getDomProperty("invalid")));
            } catch (StaleElementReferenceException e) {
                return false;
            }
        });
        assertThat(browser.stable(() -> browser.inputValue("Low")))
                .as("entered " + entered)
                .isEqualTo(entered);
        browser.press("Low", Keys.ENTER);
        browser.waitForText(By.className("missing-fields"), t -> t.contains("Low"));
        assertThat(browser.stable(() -> browser.driver()
                        .findElement(By.className("saved-quotes"))
                        .getText()))
                .as("nothing stored for " + entered)
                .doesNotContain(key);
        assertThat(browser.inputValue("Low")).as("still as entered after Enter").isEqualTo(entered);
    }

    @Test
    void theDateStartsAtTodayInTheMarketTimeZone() {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            browser.signIn("analyst", "demo");
            browser.open("/quotes/new");
            var today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
            browser.waitUntil(d -> {
                try {
                    return today.equals(browser.field("Date")
                            .findElement(By.tagName("input"))
                            .getDomProperty("value"));
                } catch (StaleElementReferenceException | NoSuchElementException e) {
                    return false;
                }
            });
        }
    }
}
