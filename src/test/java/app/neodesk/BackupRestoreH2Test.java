package app.neodesk;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import app.neodesk.quote.QuoteDraft;
import app.neodesk.quote.QuoteService;
import app.neodesk.support.AppOnDatabase;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.h2.Driver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The H2 backup and restore of docs/BACKUP.md, done for real with the operator's commands: while the
 * app runs on its H2 file (opened with AUTO_SERVER=TRUE), {@code BACKUP TO} through H2's Shell tool
 * in another process; then H2's Restore tool unpacks the backup into an empty folder, the app starts
 * on that copy, and it shows the same products, quotes (their whole CSV export) and price series.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestClockConfig.class)
@DirtiesContext // closes its H2 file (and the mixed-mode TCP listener) after the class instead of keeping it cached
class BackupRestoreH2Test {

    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("neodesk-backup-h2-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String LIVE_URL =
            "jdbc:h2:file:" + DIR.resolve("live/neodesk").toAbsolutePath() + ";AUTO_SERVER=TRUE";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> LIVE_URL);
    }

    @AfterAll
    static void deleteFiles() throws IOException {
        try (var paths = Files.walk(DIR)) {
            for (var path :
                    paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void aBackupTakenWhileTheAppRunsRestoresIntoAFreshDatabaseWhereTheAppShowsTheSameQuotes(
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
        var before = BackupView.of(app);

        var zip = DIR.resolve("neodesk-backup.zip");
        h2Tool(
                "org.h2.tools.Shell",
                "-url",
                LIVE_URL,
                "-user",
                "sa",
                "-password",
                "",
                "-sql",
                "BACKUP TO '" + zip.toAbsolutePath() + "'");
        assertThat(Files.size(zip)).as("the backup file").isPositive();
        var restored = DIR.resolve("restored");
        h2Tool("org.h2.tools.Restore", "-file", zip.toAbsolutePath().toString(), "-dir", restored.toString());
        assertThat(restored.resolve("neodesk.mv.db")).exists();

        try (var copy = AppOnDatabase.h2(
                "jdbc:h2:file:" + restored.resolve("neodesk").toAbsolutePath() + ";AUTO_SERVER=FALSE")) {
            var after = BackupView.of(copy);
            assertThat(after.series())
                    .as("the whole series, every date and mid")
                    .isEqualTo(before.series());
            assertThat(after).isEqualTo(before);
        }
        assertThat(before.series()).hasSize(1500);
        assertThat(before.quotes()).isGreaterThan(1500);
    }

    /** An H2 tool run the way an operator runs it: {@code java -cp h2-<version>.jar <tool> <arguments>}. */
    private static void h2Tool(String tool, String... arguments) throws Exception {
        var h2Jar = Path.of(
                Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", h2Jar.toString(), tool));
        command.addAll(List.of(arguments));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as(tool + " finished").isTrue();
        assertThat(process.exitValue()).as(tool + ": " + output).isZero();
    }
}
