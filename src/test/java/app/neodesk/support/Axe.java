package app.neodesk.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Runs axe-core inside the page a {@link Browser} shows. The script comes from the classpath
 * ({@code axe.min.js} in Deque's {@code com.deque.html.axe-core:selenium} jar, a test dependency),
 * so no npm is needed at test time. axe looks into open shadow roots, so the insides of Vaadin's
 * web components are checked too.
 */
public final class Axe {

    /** WCAG 2.0–2.2 A and AA, and Deque's best practices (landmarks, headings, titles). */
    public static final List<String> TAGS =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    /** Impacts that fail the build. */
    public static final Set<String> BLOCKING = Set.of("serious", "critical");

    /** Rules of a lower impact that fail the build too: every view has its title as an h1. */
    public static final Set<String> BLOCKING_RULES = Set.of("page-has-heading-one");

    private static final String SCRIPT = load();

    private Axe() {}

    /** One failed rule on a page: its id, impact, help text and the CSS targets of the failing nodes. */
    public record Violation(String rule, String impact, String help, List<String> targets) {

        public boolean blocking() {
            return BLOCKING.contains(impact) || BLOCKING_RULES.contains(rule);
        }

        @Override
        public String toString() {
            return rule + " [" + impact + "] " + help + " at " + targets;
        }
    }

    /** Injects axe (once per page) and returns the violations of the whole document. */
    @SuppressWarnings("unchecked")
    public static List<Violation> run(Browser browser) {
        if (!Boolean.TRUE.equals(browser.script("return typeof window.axe === 'object'"))) {
            browser.script(SCRIPT);
        }
        var result = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                // Vaadin's connection indicator: an empty status element outside the page's landmarks.
                axe.run({exclude: [['vaadin-connection-indicator']]}, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(r => done(r.violations.map(v => ({
                      id: v.id, impact: v.impact || 'unknown', help: v.help,
                      targets: v.nodes.map(n => JSON.stringify(n.target))}))))
                  .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), targets: []}]));""", TAGS);
        return ((List<Map<String, Object>>) result)
                .stream()
                        .map(v -> new Violation(
                                (String) v.get("id"), (String) v.get("impact"), (String) v.get("help"), (List<String>)
                                        v.get("targets")))
                        .toList();
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath: it comes with the test "
                        + "dependency com.deque.html.axe-core:selenium");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
