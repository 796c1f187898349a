package app.neodesk.support;

import app.neodesk.team.Role;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test data that looks like the market's, created through the services (so every rule applies)
 * once per test database, before the first test that uses it. {@link #seed} runs under the data
 * set's own lock and acts as whoever {@link #as} names; the test's own user is restored after it.
 * It runs outside the test's transaction, so what it creates is committed and outlives the test's
 * rollback, as the demo seed does.
 */
public abstract class SeedData implements BeforeEachCallback {

    @Override
    public final void beforeEach(ExtensionContext context) {
        var spring = SpringExtension.getApplicationContext(context);
        var previous = SecurityContextHolder.getContext();
        try {
            synchronized (getClass()) {
                // Commits for real: each service call of the seed runs in a transaction of its own
                // (the test's, already open, is suspended meanwhile), so the data is there once.
                var outside = new TransactionTemplate(spring.getBean(PlatformTransactionManager.class));
                outside.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
                outside.executeWithoutResult(status -> seed(spring));
            }
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Creates the data unless it exists already (the database outlives a test class). */
    protected abstract void seed(ApplicationContext spring);

    /** Acts as {@code username} with {@code role} for the service calls that follow. */
    protected static void as(String username, Role role) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority(role.authority()))));
        SecurityContextHolder.setContext(context);
    }
}
