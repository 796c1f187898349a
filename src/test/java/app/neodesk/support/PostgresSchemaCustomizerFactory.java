package app.neodesk.support;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/** Gives every {@link PostgresSpringTest} class a schema of its own (registered in META-INF/spring.factories). */
public class PostgresSchemaCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public @Nullable ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                        .isPresent(PostgresSpringTest.class)
                ? new SchemaPerClass(testClass)
                : null;
    }

    /** One per test class: equal only for the same class, so no two classes share a context or schema. */
    private record SchemaPerClass(Class<?> testClass) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            var schema = new PostgresSchema();
            schema.create();
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "postgres-schema",
                            Map.of(
                                    "spring.datasource.url", schema.jdbcUrl(),
                                    "spring.datasource.username", PostgresSchema.user(),
                                    "spring.datasource.password", PostgresSchema.password(),
                                    "spring.flyway.schemas", schema.name(),
                                    "spring.flyway.default-schema", schema.name(),
                                    // NOTIFY channels are database-wide: one per test schema
                                    "neodesk.live.channel", schema.name())));
            context.getBeanFactory().registerSingleton("postgresSchema", schema);
            // Also at JVM exit, for a context that failed to start and so never closes ("if exists": twice is fine).
            Runtime.getRuntime().addShutdownHook(new Thread(schema::drop, "drop " + schema.name()));
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                    schema.drop();
                }
            });
        }
    }
}
