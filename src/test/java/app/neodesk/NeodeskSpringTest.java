package app.neodesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/**
 * A Spring Boot test on the "test" profile: in-memory H2 with the demo accounts and catalog, and
 * the {@link MutableClock} fixed at {@link TestClockConfig#START}. All such tests share one
 * cached context, so tests must not depend on each other's data beyond the demo seed.
 *
 * <p>Each test method runs in a transaction that is rolled back at its end ({@code @Transactional}
 * here), so what it writes is gone for the next test. Services join that transaction: a refused
 * write is not rolled back on its own, events after commit never fire, and entities stay loaded
 * (lazy associations too). A test that needs a real commit (live updates, caches, webhooks, other
 * threads or connections, a service's own rollback) opts out with
 * {@code @Transactional(propagation = Propagation.NOT_SUPPORTED)} and a comment that says why.
 * {@link app.neodesk.support.SeedData} commits its data outside the test's transaction. View
 * tests use {@link NeodeskViewTest}, which runs them without the transaction, as views run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@Import(TestClockConfig.class)
@Transactional
public @interface NeodeskSpringTest {}
