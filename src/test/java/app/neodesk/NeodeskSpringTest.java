package app.neodesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A Spring Boot test on the "test" profile: in-memory H2 with the demo accounts and catalog, and
 * the {@link MutableClock} fixed at {@link TestClockConfig#START}. All such tests share one
 * cached context, so tests must not depend on each other's data beyond the demo seed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@Import(TestClockConfig.class)
public @interface NeodeskSpringTest {}
