package app.neodesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.support.Browser;
import app.neodesk.support.NeodeskServer;
import app.neodesk.support.RequiresBrowser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * An analyst pastes the seed note, sees two quote drafts that agree with the stored previous quote
 * and five driver drafts, books the quotes under SunSirs (the demo holds the Yangtze ones already),
 * saves, and finds the quotes in the history and the drivers in the driver list.
 */
@RequiresBrowser
class NoteIntakeIT {

    private static final By QUOTE_DRAFTS = By.className("note-quote-draft");
    private static final By DRIVER_DRAFTS = By.className("note-driver-draft");

    @Test
    void analystTurnsTheSeedNoteIntoSavedQuotesAndDrivers() throws IOException {
        String seed;
        try (var in = NoteIntakeIT.class.getResourceAsStream("/notes/seed-en-2026-02-11.txt")) {
            seed = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            browser.signIn("analyst", "demo");
            browser.open("/quotes/note");
            // Pasting puts the whole text into the area at once, as the browser's paste does.
            browser.script(
                    "const a = arguments[0]; a.value = arguments[1];"
                            + " a.dispatchEvent(new CustomEvent('change', {bubbles: true}));",
                    browser.field("Market note"),
                    seed);
            browser.click(By.xpath("//vaadin-button[normalize-space()='Extract drafts']"));

            browser.waitUntil(d -> d.findElements(QUOTE_DRAFTS).size() == 2
                    && d.findElements(DRIVER_DRAFTS).size() == 5);
            var first = browser.texts(QUOTE_DRAFTS).getFirst();
            assertThat(first)
                    .contains("Cross-check: agrees with stored previous 1,050,000 (2026-02-10)")
                    .contains("Stored already with these prices");

            for (int i = 0; i < 2; i++) {
                chooseSource(browser, i, "sunsirs");
                int draft = i;
                browser.waitUntil(d -> browser.texts(QUOTE_DRAFTS).get(draft).contains("New quote"));
            }
            var save = By.xpath("//vaadin-button[normalize-space()='Save 2 quotes and 5 drivers']");
            browser.waitUntil(d -> {
                // The button sits below seven drafts: scroll the layout's content to it, then click.
                var button = d.findElement(save);
                browser.script("arguments[0].scrollIntoView({block: 'center'})", button);
                button.click();
                return true;
            });
            var result =
                    browser.waitForText(By.className("note-result"), t -> t.contains("Saved 2 quotes and 5 drivers"));
            assertThat(result).contains("nd-metal-cn/sunsirs/2026-02-11 · 1,080,000–1,090,000 · mid 1,085,000 CNY/t");

            browser.open("/history?product=nd-metal-cn&product=nd-oxide-cn&source=sunsirs");
            browser.waitUntil(d -> browser.gridTexts()
                    .containsAll(List.of("2026-02-11", "1,085,000", "905,000", "900,000", "910,000")));

            browser.open("/drivers?tag=market-note");
            var headings = List.of(
                    "Supply Side:",
                    "Demand Side:",
                    "Policy Front:",
                    "Macroeconomic and Capital Dynamics:",
                    "Market Outlook:");
            browser.waitUntil(d -> {
                var titles = browser.gridTexts();
                return headings.stream().allMatch(h -> titles.stream().anyMatch(t -> t.startsWith(h)));
            });
        }
    }

    /** Picks a source in the i-th quote draft with the keyboard, finding the field afresh on each try. */
    private static void chooseSource(Browser browser, int draft, String filter) {
        browser.waitUntil(d -> {
            var input = sourceInput(browser, draft);
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            input.sendKeys(filter);
            return true;
        });
        browser.waitUntil(
                d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
        browser.waitUntil(d -> {
            var input = sourceInput(browser, draft);
            input.sendKeys(Keys.ARROW_DOWN);
            input.sendKeys(Keys.ENTER);
            return true;
        });
    }

    private static WebElement sourceInput(Browser browser, int draft) {
        var box = (WebElement) browser.script(
                "return Array.from(document.querySelectorAll('.note-quote-draft')[arguments[0]]"
                        + ".querySelectorAll('vaadin-combo-box')).find(e => e.label === 'Source')",
                draft);
        return box.findElement(By.tagName("input"));
    }
}
