package app.neodesk;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import app.neodesk.quote.QuoteDraft;
import app.neodesk.quote.QuoteService;
import app.neodesk.support.AppOnDatabase;
import app.neodesk.support.PostgresSchema;
import app.neodesk.support.PostgresSpringTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The backup and restore of docs/BACKUP.md, done for real: pg_dump of a live Neodesk schema in the
 * custom format, pg_restore into an empty database, and the restored copy holds every quote (a Chinese
 * comment included), the audit trail and the Flyway history; then the app starts on the copy and shows
 * the same products, quotes (their whole CSV export) and price series as the original.
 */
@PostgresSpringTest
// Commits for real: pg_dump, another process, sees only committed rows.
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class BackupRestorePostgresTest {

    private static final String RESTORED =
            "neodesk_restore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @AfterAll
    static void dropCopy() throws SQLException {
        try (var admin = DriverManager.getConnection(
                        PostgresSchema.url(), PostgresSchema.user(), PostgresSchema.password());
                var statement = admin.createStatement()) {
            statement.execute("drop database if exists " + RESTORED);
        }
    }

    @Autowired
    PostgresSchema schema;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void aDumpRestoredIntoAnEmptyDatabaseHoldsEveryQuoteTheAuditTrailAndTheSchemaVersion(
            @Autowired ApplicationContext app,
            @Autowired QuoteService quotes,
            @Autowired ProductService products,
            @Autowired SourceService sources)
            throws Exception {
        BackupView.storeSeries(app, 1500);
        quotes.enter(new QuoteDraft(
                products.findByCode("nd-metal-cn").orElseThrow().getId(),
                sources.findByCode("smm").orElseThrow().getId(),
                LocalDate.of(2018, 5, 2),
                new BigDecimal("610000"),
                new BigDecimal("620000"),
                null,
                "备份测试 金属钕",
                true));
        var schema = this.schema.name();
        var before = snapshot(sql -> jdbc.queryForObject(sql, String.class), schema);
        var shown = BackupView.of(app);

        var dump = Files.createTempFile("neodesk-", ".dump");
        try {
            run("pg_dump", "--format=custom", "--no-owner", "--schema=" + schema, "--file=" + dump, libpq(database()));
            assertThat(Files.size(dump)).isPositive();
            try (var admin = DriverManager.getConnection(
                            PostgresSchema.url(), PostgresSchema.user(), PostgresSchema.password());
                    var statement = admin.createStatement()) {
                statement.execute("create database " + RESTORED);
            }
            run("pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + libpq(RESTORED), dump.toString());
        } finally {
            Files.deleteIfExists(dump);
        }

        var restoredUrl = PostgresSchema.url().replaceFirst("/[^/?]+(\\?|$)", "/" + RESTORED + "$1");
        try (var copy = DriverManager.getConnection(restoredUrl, PostgresSchema.user(), PostgresSchema.password())) {
            var after = snapshot(
                    sql -> {
                        try (var statement = copy.createStatement();
                                var rows = statement.executeQuery(sql)) {
                            rows.next();
                            return rows.getString(1);
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    },
                    schema);
            assertThat(after).isEqualTo(before);
        }
        // the app itself, started on the copy (Flyway finds its history there), shows the same
        try (var copy = AppOnDatabase.postgres(restoredUrl, schema)) {
            var shownByCopy = BackupView.of(copy);
            assertThat(shownByCopy.series())
                    .as("the whole series, every date and mid")
                    .isEqualTo(shown.series());
            assertThat(shownByCopy).isEqualTo(shown);
        }
        assertThat(shown.series()).hasSize(1500);
        assertThat(before.get(0)).as("quotes").isNotEqualTo("0");
        assertThat(before).anyMatch(value -> value.contains("备份测试"));
    }

    /** The first column of the first row, as text. */
    interface Query {
        String one(String sql);
    }

    /** What a restore must bring back: counts, the latest quote's comment and the schema version. */
    private static List<String> snapshot(Query db, String schema) {
        var values = new ArrayList<String>();
        values.add(db.one("select count(*) from " + schema + ".quote"));
        values.add(db.one("select count(*) from " + schema + ".audit_event"));
        values.add(db.one("select count(*) from " + schema + ".app_user"));
        values.add(db.one("select comment from " + schema + ".quote where comment like '备份测试%'"));
        values.add(db.one("select max(version::int)::text from " + schema + ".flyway_schema_history where success"));
        values.add(db.one("select sum(mid)::text from " + schema + ".quote"));
        return values;
    }

    private static String database() {
        var path = URI.create(PostgresSchema.url().substring("jdbc:".length())).getPath();
        return path.substring(1);
    }

    /** A libpq connection string for a database on the test server. */
    private static String libpq(String database) {
        var uri = URI.create(PostgresSchema.url().substring("jdbc:".length()));
        var text = "host=" + uri.getHost() + " port=" + (uri.getPort() < 0 ? 5432 : uri.getPort()) + " dbname="
                + database + " user=" + PostgresSchema.user();
        return PostgresSchema.password().isEmpty() ? text : text + " password=" + PostgresSchema.password();
    }

    private static void run(String... command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as(command[0] + " finished")
                .isTrue();
        assertThat(process.exitValue()).as(command[0] + ": " + output).isZero();
    }
}
