package app.neodesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.support.Browser;
import app.neodesk.support.NeodeskServer;
import app.neodesk.support.RequiresBrowser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;

/**
 * Twenty quotes typed with the keyboard only (typing, Tab, Esc, Enter; no clicks), as an analyst
 * enters a day's prices, starting in the Product field where the page puts the focus: product codes and aliases, the source by its alias, typed ISO dates. Uses
 * source "inhouse" in May and June 2021, which no other browser test uses (VendorImportIT imports in-house prices for 2023).
 */
@RequiresBrowser
class QuoteKeyboardIT {

    /** The label of the field with the keyboard focus, else the focused element's tag (for the failure message). */
    private static final String FOCUSED_FIELD = "const a = document.activeElement;"
            + " const f = a && a.closest('vaadin-combo-box, vaadin-date-picker, vaadin-text-field');"
            + " return f ? f.label : (a ? a.localName : null);";

    private record Typed(String product, String code, String date, String low, String high, String mid) {
        String key() {
            return code + "/inhouse/" + date;
        }
    }

    @Test
    void analystTypesTwentyQuotesWithTheKeyboardOnlyAndHistoryHasThemAll() {
        var typed = new ArrayList<Typed>();
        for (int day = 0; day < 10; day++) {
            var date = LocalDate.of(2021, 5, 1).plusDays(day).toString();
            typed.add(new Typed(
                    "pr-oxide-cn",
                    "pr-oxide-cn",
                    date,
                    String.valueOf(880_000 + 1_000 * day),
                    String.valueOf(890_000 + 1_000 * day),
                    String.format("%,d", 885_000 + 1_000 * day)));
            typed.add(new Typed(
                    "PrNd oxide",
                    "prnd-oxide-cn",
                    date,
                    String.valueOf(850_000 + 500 * day),
                    String.valueOf(856_000 + 500 * day),
                    String.format("%,d", 853_000 + 500 * day)));
        }
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            browser.signIn("analyst", "demo");
            browser.open("/quotes/new");
            focusIsInProductWhenThePageOpens(browser);
            String lastDate = null;
            for (var q : typed) {
                inField(browser, "Product", q.product(), Keys.TAB);
                if (lastDate == null) {
                    inField(browser, "Source", "In-house deals", Keys.TAB);
                } else {
                    inField(browser, "Source", Keys.TAB);
                }
                if (!q.date().equals(lastDate)) {
                    inField(browser, "Date", q.date(), Keys.TAB);
                } else {
                    inField(browser, "Date", Keys.TAB);
                }
                lastDate = q.date();
                inField(browser, "Low", q.low(), Keys.TAB);
                inField(browser, "High", q.high(), Keys.TAB);
                browser.waitUntil(d -> q.mid().equals(browser.inputValue("Mid")));
                assertThat(browser.inputValue("Low"))
                        .as("thousands separators while typing")
                        .isEqualTo(String.format("%,d", Long.parseLong(q.low())));
                assertThat(browser.field("Low").getText())
                        .as("the unit beside the price")
                        .contains("CNY/t");
                inField(browser, "Mid", Keys.ENTER);
                browser.waitForText(By.className("saved-quotes"), t -> t.contains(q.key()));
            }

            // Five days a page, so every row is on screen.
            for (var range : List.of(
                    List.of("pr-oxide-cn", "2021-05-01", "2021-05-05"),
                    List.of("pr-oxide-cn", "2021-05-06", "2021-05-10"),
                    List.of("prnd-oxide-cn", "2021-05-01", "2021-05-05"),
                    List.of("prnd-oxide-cn", "2021-05-06", "2021-05-10"))) {
                var code = range.get(0);
                browser.open(
                        "/history?product=" + code + "&source=inhouse&from=" + range.get(1) + "&to=" + range.get(2));
                var mine = typed.stream()
                        .filter(q -> q.code().equals(code)
                                && q.date().compareTo(range.get(1)) >= 0
                                && q.date().compareTo(range.get(2)) <= 0)
                        .toList();
                assertThat(mine).hasSize(5);
                browser.waitUntil(d -> browser.gridTexts()
                        .containsAll(mine.stream().map(Typed::date).toList()));
                var cells = browser.gridTexts();
                for (var q : mine) {
                    assertThat(cells)
                            .as(q.key())
                            .contains(
                                    q.date(),
                                    q.mid(),
                                    String.format("%,d", Long.parseLong(q.low())),
                                    String.format("%,d", Long.parseLong(q.high())));
                }
            }
        }
    }

    @Test
    void aTypedDateSurvivesEscAndTabAndEnterOnAnIncompleteFormSavesNothing() {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            browser.signIn("analyst", "demo");
            browser.open("/quotes/new");
            focusIsInProductWhenThePageOpens(browser);
            inField(browser, "Product", "pr-oxide-cn", Keys.TAB);
            inField(browser, "Source", "inhouse", Keys.TAB);
            inField(browser, "Date", "2021-06-01", Keys.ESCAPE);
            assertThat(browser.inputValue("Date"))
                    .as("Esc keeps the typed date")
                    .isEqualTo("2021-06-01");
            assertThat(browser.script("return arguments[0].opened", browser.field("Date")))
                    .isEqualTo(false);
            inField(browser, "Date", Keys.TAB);
            inField(browser, "Low", "880000", Keys.ENTER);

            browser.waitForText(By.className("missing-fields"), t -> t.contains("High"));
            assertThat(browser.inputValue("Date")).isEqualTo("2021-06-01");
            assertThat(browser.inputValue("Low")).isEqualTo("880,000");
            assertThat(browser.stable(() -> browser.driver()
                            .findElement(By.className("saved-quotes"))
                            .getText()))
                    .doesNotContain("2021-06-01");
            // Enter took the user to what is missing; typing it and Enter again saves.
            inField(browser, "High", "890000", Keys.ENTER);
            browser.waitForText(By.className("saved-quotes"), t -> t.contains("pr-oxide-cn/inhouse/2021-06-01"));
        }
    }

    /** The page opens with the keyboard focus in Product, so typing can start at once (no Tab, no click). */
    private static void focusIsInProductWhenThePageOpens(Browser browser) {
        var focused = new Object[1];
        try {
            browser.waitUntil(d -> "Product".equals(focused[0] = browser.script(FOCUSED_FIELD)));
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "/quotes/new should open with the focus in Product, but it is in " + focused[0], e);
        }
    }

    /** Waits until the keyboard focus is in the labelled field, then types there (no click). */
    private static void inField(Browser browser, String label, CharSequence... keys) {
        var focused = new Object[1];
        try {
            browser.waitUntil(d -> label.equals(focused[0] = browser.script(FOCUSED_FIELD)));
        } catch (TimeoutException e) {
            throw new AssertionError("The keyboard focus should be in " + label + ", but is in " + focused[0], e);
        }
        browser.driver().switchTo().activeElement().sendKeys(keys);
    }
}
