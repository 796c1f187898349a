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
 * Runs a test class only when this machine can start a {@link PrivatePostgres} cluster (the PostgreSQL
 * server binaries are installed). Without them the class is skipped with the reason, unless
 * {@code NEODESK_REQUIRE_POSTGRES=true} (as in CI), where it runs and fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresPostgresServer.Condition.class)
public @interface RequiresPostgresServer {

    class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            var missing = PrivatePostgres.missing();
            if (missing.isEmpty()) {
                return ConditionEvaluationResult.enabled("PostgreSQL server binaries found");
            }
            if ("true".equalsIgnoreCase(System.getenv("NEODESK_REQUIRE_POSTGRES"))) {
                return ConditionEvaluationResult.enabled("PostgreSQL required; the test will fail: " + missing.get());
            }
            return ConditionEvaluationResult.disabled("Private PostgreSQL tests skipped: " + missing.get());
        }
    }
}
