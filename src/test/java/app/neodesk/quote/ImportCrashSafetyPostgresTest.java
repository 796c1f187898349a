package app.neodesk.quote;

import static app.neodesk.quote.ImportCrashSafety.assertAllOrNothing;
import static app.neodesk.quote.ImportCrashSafety.importAndKill;
import static app.neodesk.quote.ImportCrashSafety.writeFile;

import app.neodesk.quote.ImportCrashSafety.KillPoint;
import app.neodesk.support.PostgresSchema;
import app.neodesk.support.RequiresPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code kill -9} of the app during a 100,000-row CSV import on PostgreSQL: the database holds all of
 * the import or none of it. A child JVM ({@link ImportCrashChild}) on a schema of its own is killed at
 * two points of the import.
 */
@RequiresPostgres
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportCrashSafetyPostgresTest {

    private static final PostgresSchema SCHEMA = new PostgresSchema();
    private static Path dir;

    @BeforeAll
    static void schema() throws Exception {
        SCHEMA.create();
        dir = Files.createTempDirectory("neodesk-crash-pg-");
    }

    @AfterAll
    static void dropSchema() {
        SCHEMA.drop();
        ImportCrashSafety.deleteTree(dir);
    }

    @Test
    @Order(1)
    void anImportKilledWhileStoringRowsLeavesAllOfItOrNoneOfIt() throws Exception {
        killAndCheck(KillPoint.STORING, "crash-pg-storing");
    }

    @Test
    @Order(2)
    void anImportKilledWhileLinkingPricesLeavesAllOfItOrNoneOfIt() throws Exception {
        killAndCheck(KillPoint.LINKING, "crash-pg-linking");
    }

    private static void killAndCheck(KillPoint point, String product) throws Exception {
        var csv = writeFile(dir, product);
        var killed = importAndKill(point, "postgres", PostgresSchema.url(), SCHEMA.name(), product, csv.toString());
        try (var db = DriverManager.getConnection(SCHEMA.jdbcUrl(), PostgresSchema.user(), PostgresSchema.password())) {
            assertAllOrNothing(db, killed, csv.getFileName().toString());
        }
    }
}
