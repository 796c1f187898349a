package app.neodesk.chart.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.neodesk.support.NodeRuntime;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Runs the unit tests of the chart's TypeScript modules ({@code src/test/frontend/**}/*.test.ts,
 * with Node's own test runner) as part of {@code ./mvnw test}: one JUnit test per Node test, so a
 * failing formatter or marker layout fails the build and shows in the Surefire report by name.
 * Needs a Node.js that strips types ({@link NodeRuntime}); without one the tests are skipped with
 * the reason, unless {@code NEODESK_REQUIRE_NODE=true} (as in CI), where they fail.
 */
class PriceChartScriptTest {

    private static final Path TESTS = Path.of("src/test/frontend");

    @TestFactory
    Stream<DynamicTest> chartModulesPassTheirNodeUnitTests() throws Exception {
        NodeRuntime.Found found = NodeRuntime.find();
        boolean required = "true".equalsIgnoreCase(System.getenv("NEODESK_REQUIRE_NODE"));
        if (found.node().isEmpty()) {
            if (required) {
                fail("Frontend unit tests need Node.js 22.18+: " + found.why());
            }
            assumeTrue(false, "Frontend unit tests skipped: " + found.why());
        }
        Path report = Files.createTempFile("neodesk-frontend-tests", ".xml");
        try {
            Process node = new ProcessBuilder(
                            found.node().orElseThrow().toString(),
                            "--import",
                            "./" + TESTS.resolve("resolve-ts.mjs"),
                            "--test",
                            "--test-reporter=junit",
                            "--test-reporter-destination=" + report,
                            "--test-reporter=spec",
                            "--test-reporter-destination=stdout",
                            TESTS + "/**/*.test.ts")
                    .redirectErrorStream(true)
                    .start();
            String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(node.waitFor(5, TimeUnit.MINUTES))
                    .as("node --test finished")
                    .isTrue();
            List<NodeCase> cases = readReport(report);
            // A module that does not load fails the run without a test case to show it.
            assertThat(node.exitValue() == 0 || cases.stream().anyMatch(c -> c.failure() != null))
                    .as("node --test (%s) exited with %d:%n%s", found.why(), node.exitValue(), output)
                    .isTrue();
            assertThat(cases)
                    .as("frontend unit tests found under %s:%n%s", TESTS, output)
                    .isNotEmpty();
            return cases.stream()
                    .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                        if (c.failure() != null) {
                            fail(c.failure());
                        }
                    }));
        } finally {
            Files.deleteIfExists(report);
        }
    }

    /** A Node test: file and name, and its failure message (null when it passed). */
    private record NodeCase(String name, @Nullable String failure) {}

    /** The {@code <testcase>}s of Node's JUnit report, with the text of their {@code <failure>}. */
    private static List<NodeCase> readReport(Path report) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList testCases = factory.newDocumentBuilder().parse(report.toFile()).getElementsByTagName("testcase");
        List<NodeCase> cases = new ArrayList<>();
        for (int i = 0; i < testCases.getLength(); i++) {
            Element testCase = (Element) testCases.item(i);
            String file = testCase.getAttribute("file");
            String name = (file.isEmpty() ? "" : Path.of(file).getFileName() + ": ") + testCase.getAttribute("name");
            NodeList failures = testCase.getElementsByTagName("failure");
            cases.add(new NodeCase(
                    name, failures.getLength() == 0 ? null : failures.item(0).getTextContent()));
        }
        return cases;
    }
}
