package app.neodesk.support;

import app.neodesk.TestClockConfig;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/**
 * A Spring Boot test on PostgreSQL ({@code test} and {@code postgres} profiles), in a throw-away
 * schema of its own: {@link PostgresSchemaCustomizerFactory} creates the schema before the context
 * starts, points the datasource, Flyway and the live channel at it, registers it as a bean (for a
 * test that needs its name) and drops it when the context closes. Skipped without a configured
 * server unless PostgreSQL is required ({@link RequiresPostgres}). Each test rolls back, as with
 * {@link app.neodesk.NeodeskSpringTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RequiresPostgres
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@Import(TestClockConfig.class)
@Transactional
public @interface PostgresSpringTest {}
