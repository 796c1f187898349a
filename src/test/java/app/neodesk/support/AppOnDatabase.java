package app.neodesk.support;

import app.neodesk.Application;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * The Neodesk application context (every service, Flyway, the demo data of the "test" profile),
 * started on a database given by URL, without a web server: what the backup and crash tests start
 * on a restored copy or in a child process. Close it when done.
 */
public final class AppOnDatabase {

    private AppOnDatabase() {}

    /** The app on an H2 database (a file URL). */
    public static ConfigurableApplicationContext h2(String url, String... properties) {
        var values = new LinkedHashMap<String, String>();
        values.put("spring.datasource.url", url);
        values.put("spring.datasource.username", "sa");
        values.put("spring.datasource.password", "");
        return start(List.of("test"), values, properties);
    }

    /** The app on a schema of a PostgreSQL database ({@code jdbcUrl} without parameters). */
    public static ConfigurableApplicationContext postgres(String jdbcUrl, String schema, String... properties) {
        var values = new LinkedHashMap<String, String>();
        values.put("spring.datasource.url", jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        values.put("spring.datasource.username", PostgresSchema.user());
        values.put("spring.datasource.password", PostgresSchema.password());
        values.put("spring.flyway.schemas", schema);
        values.put("spring.flyway.default-schema", schema);
        values.put("neodesk.live.channel", schema + "_copy");
        return start(List.of("test", "postgres"), values, properties);
    }

    private static ConfigurableApplicationContext start(
            List<String> profiles, Map<String, String> values, String... extra) {
        // as command-line arguments, so they win over the profiles' own files (e.g. the test profile's in-memory URL)
        var arguments = new ArrayList<String>();
        values.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        arguments.add("--spring.main.banner-mode=off");
        arguments.add("--spring.jmx.enabled=false");
        for (var property : extra) {
            arguments.add("--" + property);
        }
        // a web application context on a mock servlet context, as @SpringBootTest starts the app: every
        // service, the security and Vaadin set-up, but no server and no Vaadin dev-mode start-up
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .contextFactory(type -> new GenericWebApplicationContext(new MockServletContext()))
                .profiles(profiles.toArray(String[]::new))
                .run(arguments.toArray(String[]::new));
    }
}
