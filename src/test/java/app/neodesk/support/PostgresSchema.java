package app.neodesk.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A throw-away schema in the configured PostgreSQL database, so test runs never collide. */
public final class PostgresSchema {

    public static final String URL_VARIABLE = "NEODESK_TEST_POSTGRES_URL";

    public static String url() {
        var url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("PostgreSQL tests are required (NEODESK_REQUIRE_POSTGRES=true) but "
                    + URL_VARIABLE + " is not set, e.g. jdbc:postgresql://127.0.0.1:5432/test");
        }
        return url;
    }

    public static String user() {
        var user = System.getenv("NEODESK_TEST_POSTGRES_USER");
        return user == null || user.isBlank() ? "postgres" : user;
    }

    public static String password() {
        var password = System.getenv("NEODESK_TEST_POSTGRES_PASSWORD");
        return password == null ? "" : password;
    }

    private final String name;

    public PostgresSchema() {
        this("neodesk_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    }

    private PostgresSchema(String name) {
        this.name = name;
    }

    /** A schema that exists already (e.g. kept by an earlier benchmark run). */
    public static PostgresSchema existing(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a schema name: " + name);
        }
        return new PostgresSchema(name);
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        var url = url();
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    /** Creates the schema and points the test context's datasource and Flyway at it. */
    public void register(DynamicPropertyRegistry registry) {
        create();
        registry.add("spring.datasource.url", this::jdbcUrl);
        registry.add("spring.datasource.username", PostgresSchema::user);
        registry.add("spring.datasource.password", PostgresSchema::password);
        registry.add("spring.flyway.schemas", this::name);
        registry.add("spring.flyway.default-schema", this::name);
        registry.add("neodesk.live.channel", this::name); // NOTIFY channels are database-wide: one per test schema
    }

    public void create() {
        execute("create schema " + name);
    }

    public void drop() {
        execute("drop schema if exists " + name + " cascade");
    }

    private static void execute(String sql) {
        try (var connection = DriverManager.getConnection(url(), user(), password());
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach PostgreSQL at " + url() + ": " + e.getMessage(), e);
        }
    }
}
