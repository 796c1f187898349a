package app.neodesk.quote;

import static app.neodesk.quote.ImportCrashSafety.assertAllOrNothing;
import static app.neodesk.quote.ImportCrashSafety.importAndKill;
import static app.neodesk.quote.ImportCrashSafety.writeFile;

import app.neodesk.quote.ImportCrashSafety.KillPoint;
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
 * {@code kill -9} of the app during a 100,000-row CSV import on the H2 file database: the file opens
 * cleanly afterwards and holds all of the import or none of it. Done for real, with a child JVM
 * ({@link ImportCrashChild}) killed at two points of the import; the second child starts on the file
 * the first one's crash left.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportCrashSafetyTest {

    private static Path dir;
    private static String url;

    @BeforeAll
    static void database() throws Exception {
        dir = Files.createTempDirectory("neodesk-crash-");
        url = "jdbc:h2:file:" + dir.resolve("neodesk").toAbsolutePath() + ";AUTO_SERVER=FALSE";
    }

    @AfterAll
    static void deleteDatabase() {
        ImportCrashSafety.deleteTree(dir);
    }

    @Test
    @Order(1)
    void anImportKilledWhileStoringRowsLeavesAllOfItOrNoneOfIt() throws Exception {
        killAndCheck(KillPoint.STORING, "crash-h2-storing");
    }

    @Test
    @Order(2)
    void anImportKilledWhileLinkingPricesLeavesAllOfItOrNoneOfIt() throws Exception {
        killAndCheck(KillPoint.LINKING, "crash-h2-linking");
    }

    private static void killAndCheck(KillPoint point, String product) throws Exception {
        var csv = writeFile(dir, product);
        var killed = importAndKill(point, "h2", url, product, csv.toString());
        // the same file, opened by another process after the crash: it must open and answer
        try (var db = DriverManager.getConnection(url, "sa", "")) {
            assertAllOrNothing(db, killed, csv.getFileName().toString());
        }
    }
}
