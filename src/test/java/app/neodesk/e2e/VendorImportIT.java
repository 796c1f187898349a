package app.neodesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.support.Browser;
import app.neodesk.support.NeodeskServer;
import app.neodesk.support.RequiresBrowser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An analyst imports the Chinese wide oxide file in 万元/吨 (headers like 氧化钕最低价(万元/吨), the
 * vendor's averages outside low–high on four days) through the wizard, and the history shows the
 * prices in CNY/t. Source in-house, 2023, so the other journeys' data stays apart.
 */
@RequiresBrowser
class VendorImportIT {

    @Test
    void analystImportsTheWideWanYuanFileAndHistoryShowsYuanPerTonne() throws IOException {
        var file = Files.createTempFile("氧化物-", ".csv");
        try (InputStream in =
                Objects.requireNonNull(getClass().getResourceAsStream("/intake/wide-oxides-wanyuan.csv"))) {
            Files.write(file, in.readAllBytes());
        }
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            browser.signIn("analyst", "demo");
            browser.open("/quotes/import");
            browser.waitUntil(d -> {
                var input = d.findElement(By.tagName("vaadin-upload"))
                        .getShadowRoot()
                        .findElement(By.cssSelector("input[type=file]"));
                input.sendKeys(file.toAbsolutePath().toString());
                return true;
            });
            browser.waitForText(By.className("mapping-step"), t -> t.contains("Choose the source column"));
            browser.waitUntil(d -> browser.gridTexts().containsAll(List.of("氧化钕最低价(万元/吨)", "10,000 CNY/t")));
            browser.choose("Source of the whole file", "inhouse");
            browser.click(By.xpath("//vaadin-button[normalize-space(.)='Preview']"));

            browser.waitForText(By.className("preview-totals"), t -> t.contains("have problems"));
            browser.waitUntil(d -> browser.gridTexts().containsAll(List.of("725,000", "735,000", "730,000", "CNY/t")));
            browser.click(By.xpath("//vaadin-checkbox[contains(., 'Fix a mid outside')]"));
            browser.waitForText(By.className("preview-totals"), t -> !t.contains("have problems"));
            browser.waitUntil(d -> {
                var button = d.findElement(By.cssSelector("vaadin-button.import-button"));
                if (button.getDomAttribute("disabled") != null) {
                    return false;
                }
                browser.script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", button);
                return true;
            });
            var summary =
                    browser.waitForText(By.cssSelector(".report-step .import-status"), t -> t.startsWith("Imported"));
            assertThat(summary).startsWith("Imported 379 quotes").contains("4 mids outside low–high");

            browser.open("/history?product=nd-oxide-cn&source=inhouse&from=2023-02-23&to=2023-02-24");
            browser.waitUntil(d -> browser.gridTexts().contains("2023-02-23"));
            browser.waitUntil(d ->
                    browser.gridTexts().containsAll(List.of("725,000", "735,000", "730,000", "720,000", "725,000")));
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
