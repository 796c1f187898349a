package app.neodesk.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven by its own chromedriver; never lets Selenium download a browser. */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = env("NEODESK_CHROMIUM", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = env("NEODESK_CHROMEDRIVER", "/usr/bin/chromedriver");
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;

    public Browser(String baseUrl) {
        if (!isInstalled()) {
            throw new IllegalStateException("Chromium or chromedriver missing: install the Debian packages chromium "
                    + "and chromium-driver (expected " + CHROMIUM + " and " + CHROMEDRIVER + ")");
        }
        this.baseUrl = baseUrl;
        try {
            profile = Files.createTempDirectory("neodesk-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--window-size=1400,900",
                "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(TIMEOUT);
    }

    /**
     * Makes the page's viewport exactly {@code width} × {@code height} CSS pixels (device scale 1), as
     * on a phone or tablet of that size: media queries and {@code window.innerWidth} follow.
     */
    public void viewport(int width, int height) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        waitUntil(d -> Long.valueOf(width).equals(script("return window.innerWidth")));
    }

    public static boolean isInstalled() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(baseUrl + (path.startsWith("/") ? path : "/" + path));
    }

    public WebElement waitFor(By by) {
        return waiting().until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /**
     * Waits until the condition holds. Vaadin re-renders elements at any time (a push, a grid
     * refresh), so a condition must find its elements itself on every try; an element that went
     * stale during a try just means "not yet".
     */
    public void waitUntil(Function<WebDriver, Boolean> condition) {
        try {
            waiting().until(condition::apply);
        } catch (TimeoutException e) {
            throw new TimeoutException(
                    e.getMessage() + "\nPage at " + driver.getCurrentUrl() + " (screenshot " + screenshot("timeout")
                            + "):\n" + pageText(),
                    e);
        }
    }

    /** Waits until the text of the first element found by {@code by} (found afresh on each try) matches, and returns it. */
    public String waitForText(By by, Predicate<String> accepted) {
        var text = new String[1];
        waitUntil(d -> {
            var found = d.findElements(by);
            if (found.isEmpty()) {
                return false;
            }
            text[0] = found.getFirst().getText();
            return accepted.test(text[0]);
        });
        return text[0];
    }

    /** Reads something from the page, trying again while Vaadin re-renders the elements it reads. */
    public <T> T stable(Supplier<T> read) {
        var result = new ArrayList<T>(1);
        waitUntil(d -> {
            result.clear();
            result.add(read.get());
            return true;
        });
        return result.getFirst();
    }

    private WebDriverWait waiting() {
        var wait = new WebDriverWait(driver, TIMEOUT);
        wait.ignoring(StaleElementReferenceException.class);
        // Still rendering or covered by an overlay that is closing: "not yet", try again.
        wait.ignoring(ElementNotInteractableException.class);
        return wait;
    }

    /** Saves a screenshot under target/e2e-screenshots and returns its path. */
    public Path screenshot(String name) {
        try {
            var dir = Path.of("target", "e2e-screenshots");
            Files.createDirectories(dir);
            var file = dir.resolve(name + "-" + System.currentTimeMillis() + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file.toAbsolutePath();
        } catch (IOException | RuntimeException e) {
            return Path.of("(no screenshot: " + e.getMessage() + ")");
        }
    }

    private String pageText() {
        try {
            var text = driver.findElement(By.tagName("body")).getText();
            return text.length() > 3000 ? text.substring(0, 3000) + "…" : text;
        } catch (RuntimeException e) {
            return "(no page text)";
        }
    }

    /** Signs in through the real login form and waits for the app shell. */
    public void signIn(String username, String password) {
        open("/login");
        // The form is in the page before Flow shows the view: type once the field takes keys.
        waitUntil(d -> {
            var user = d.findElement(By.cssSelector("vaadin-login-form input[name='username']"));
            if (!user.isDisplayed() || !user.isEnabled()) {
                return false;
            }
            user.clear();
            user.sendKeys(username);
            return username.equals(user.getDomProperty("value"));
        });
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        waitFor(By.tagName("vaadin-app-layout"));
    }

    /** The Vaadin field with this label (combo box, date picker, number or text field). */
    public WebElement field(String label) {
        var found = new WebElement[1];
        waitUntil(d -> (found[0] = findField(label)) != null);
        return found[0];
    }

    /** The current value of the input inside the labelled field, found afresh. */
    public String inputValue(String label) {
        return stable(() -> String.valueOf(
                field(label).findElement(By.cssSelector("input, textarea")).getDomProperty("value")));
    }

    private WebElement findField(String label) {
        return (WebElement) driver.executeScript(
                "return Array.from(document.querySelectorAll("
                        + "'vaadin-combo-box, vaadin-multi-select-combo-box, vaadin-date-picker, vaadin-big-decimal-field,"
                        + " vaadin-text-field, vaadin-text-area, vaadin-select')).find(e => e.label === arguments[0]) || null",
                label);
    }

    /**
     * Types into a field's input, replacing what is there. If the keys did not all land there (on a
     * loaded machine a re-render or a late focus change can take some), it types again, up to three
     * times; what the field then holds is for the test to check. Grouping commas the field adds
     * itself do not count as a difference.
     */
    public void type(String label, String text) {
        var tries = new int[1];
        waitUntil(d -> {
            var input = input(label);
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            input.sendKeys(text);
            var now = String.valueOf(input(label).getDomProperty("value"));
            return ++tries[0] >= 3 || now.replace(",", "").equals(text.replace(",", ""));
        });
    }

    /** Clicks the first element found by {@code by}, found afresh on each try until the click lands. */
    public void click(By by) {
        waitUntil(d -> {
            d.findElement(by).click();
            return true;
        });
    }

    /** Presses a key in the labelled field's input, found afresh (and again if it re-renders). */
    public void press(String label, Keys key) {
        waitUntil(d -> {
            input(label).sendKeys(key);
            return true;
        });
    }

    /**
     * The input (or text area) of the labelled field once it is rendered and can take keys. Call it
     * inside a wait: while the field renders it throws, and the wait tries again.
     */
    private WebElement input(String label) {
        var input = field(label).findElement(By.cssSelector("input, textarea"));
        if (!input.isDisplayed() || !input.isEnabled()) {
            throw new StaleElementReferenceException("the input of '" + label + "' is not ready yet");
        }
        return input;
    }

    /** Sets a date picker to an ISO date as if the user had picked it, with the overlay closed. */
    public void date(String label, String isoDate) {
        script(
                "const p = arguments[0]; p.opened = false; p.value = arguments[1];"
                        + " p.dispatchEvent(new CustomEvent('change', {bubbles: true}));",
                field(label),
                isoDate);
        waitUntil(d ->
                isoDate.equals(field(label).findElement(By.tagName("input")).getDomProperty("value")));
    }

    /** Picks the first item of a combo box that matches the typed filter, with the keyboard. */
    public void choose(String label, String filter) {
        waitUntil(d -> {
            var input = input(label);
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            input.sendKeys(filter);
            return true;
        });
        // The list filters on the server: until it answers, the items are those of the last list
        // (under load for seconds), and ↓ Enter would pick one of them.
        var wanted = filter.strip().toLowerCase(Locale.ROOT);
        waitUntil(d -> {
            // the open list only: a closed combo keeps its items in the page, hidden
            var items =
                    d.findElements(By.cssSelector("vaadin-combo-box-item, vaadin-multi-select-combo-box-item")).stream()
                            .filter(WebElement::isDisplayed)
                            .toList();
            return !items.isEmpty()
                    && items.getFirst().getText().toLowerCase(Locale.ROOT).contains(wanted);
        });
        waitUntil(d -> {
            var input = input(label);
            input.sendKeys(Keys.ARROW_DOWN);
            input.sendKeys(Keys.ENTER);
            return true;
        });
    }

    /**
     * Picks the item with exactly this text in the labelled select (a {@code vaadin-select}, not a
     * combo box): opens it, clicks the item, and waits until the select shows it.
     */
    public void select(String label, String item) {
        waitUntil(d -> {
            var select = field(label);
            if (item.equals(script(
                    "const b = arguments[0].querySelector('vaadin-select-value-button');"
                            + " return b ? b.textContent.trim() : null;",
                    select))) {
                return true;
            }
            if (!Boolean.TRUE.equals(script("return arguments[0].opened;", select))) {
                select.click();
                return false;
            }
            // the open list only, as in choose
            d.findElements(By.cssSelector("vaadin-select-item")).stream()
                    .filter(WebElement::isDisplayed)
                    .filter(e -> item.equals(e.getText().strip()))
                    .findFirst()
                    .ifPresent(WebElement::click);
            return false;
        });
    }

    /** The visible texts of the grid's body cells. */
    public List<String> gridTexts() {
        return stable(() -> driver.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .map(WebElement::getText)
                .toList());
    }

    /** The texts of all elements found by {@code by}, read without tripping over a re-render. */
    public List<String> texts(By by) {
        return stable(() -> driver.findElements(by).stream()
                .map(WebElement::getText)
                .map(String::strip)
                .toList());
    }

    /**
     * The labels of the side menu's items, read once every item has rendered its label (an item is
     * in the page before its text is).
     */
    public List<String> menuTexts() {
        var items = By.tagName("vaadin-side-nav-item");
        waitFor(items);
        waitUntil(d -> texts(items).stream().noneMatch(String::isBlank));
        return texts(items);
    }

    /** Waits until the price chart has drawn, then counts its painted canvas pixels. */
    public long chartPixels() {
        waitUntil(d -> {
            var ms = script("const c = document.querySelector('neodesk-price-chart'); return c ? c.lastDrawMs : null;");
            return ms instanceof Number n && n.doubleValue() >= 0;
        });
        var count = script("""
                const el = document.querySelector('neodesk-price-chart');
                const root = el.shadowRoot || el;
                let painted = 0;
                for (const c of root.querySelectorAll('canvas')) {
                  if (!c.width || !c.height) continue;
                  const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                  for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted++;
                }
                return painted;""");
        return ((Number) count).longValue();
    }

    /** The ids of a price-chart property (series, markers or spans) as the browser received them. */
    @SuppressWarnings("unchecked")
    public List<String> chartIds(String property) {
        return (List<String>) script(
                "const c = document.querySelector('neodesk-price-chart');"
                        + " const v = c ? c[arguments[0]] : null; const list = typeof v === 'string' ? JSON.parse(v) : (v || []);"
                        + " return list.map(x => x.id);",
                property);
    }

    public Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temp profile is harmless
            }
        }
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
