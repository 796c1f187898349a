package app.neodesk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a real-browser test class only when Chromium and chromedriver are installed. Without them
 * the class is skipped with a clear reason, unless {@code NEODESK_REQUIRE_BROWSER=true} (as in
 * CI), where it runs and fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresBrowser.Condition.class)
public @interface RequiresBrowser {

    class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Browser.isInstalled()) {
                return ConditionEvaluationResult.enabled("Chromium found at " + Browser.CHROMIUM);
            }
            if ("true".equalsIgnoreCase(System.getenv("NEODESK_REQUIRE_BROWSER"))) {
                return ConditionEvaluationResult.enabled("Browser tests required; they will fail without Chromium");
            }
            return ConditionEvaluationResult.disabled("Browser tests skipped: install the Debian packages chromium "
                    + "and chromium-driver (" + Browser.CHROMIUM + ", " + Browser.CHROMEDRIVER + ") to run them");
        }
    }
}
