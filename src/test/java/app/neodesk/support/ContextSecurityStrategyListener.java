package app.neodesk.support;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin installs its session-aware {@link SecurityContextHolderStrategy} globally when an
 * application context starts, and the context's method security keeps using its own instance.
 * With several cached test contexts in one JVM (the PostgreSQL tests, the first-admin tests) the
 * last started context's strategy would win, and {@code @WithMockUser} would set the user where
 * the running test's services do not look. Before each test this puts back the strategy of the
 * test's own context. Registered in {@code META-INF/spring.factories}; runs before Spring
 * Security's own listener.
 */
public class ContextSecurityStrategyListener implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestClass(TestContext testContext) {
        install(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        install(testContext);
    }

    private static void install(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        testContext
                .getApplicationContext()
                .getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        return 1000;
    }
}
