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
 * Runs a test class only when a PostgreSQL server is configured through
 * {@code NEODESK_TEST_POSTGRES_URL} (plus {@code _USER} and {@code _PASSWORD}). Without it the
 * class is skipped with a clear reason, unless {@code NEODESK_REQUIRE_POSTGRES=true} (as in CI),
 * where it runs and fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresPostgres.Condition.class)
public @interface RequiresPostgres {

    String URL = PostgresSchema.URL_VARIABLE;

    class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            var url = System.getenv(URL);
            if (url != null && !url.isBlank()) {
                return ConditionEvaluationResult.enabled("PostgreSQL configured: " + url);
            }
            if ("true".equalsIgnoreCase(System.getenv("NEODESK_REQUIRE_POSTGRES"))) {
                return ConditionEvaluationResult.enabled("PostgreSQL required; the test will fail without it");
            }
            return ConditionEvaluationResult.disabled("PostgreSQL tests skipped: set " + URL
                    + " (e.g. jdbc:postgresql://127.0.0.1:5432/test) to run them");
        }
    }
}
