package app.neodesk.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * What the crash tests share: a 100,000-row CSV file of one new product, a child JVM
 * ({@link ImportCrashChild}) that imports it through the app, a {@code kill -9} of that JVM at a
 * chosen point of the import, and the check that the database holds all of the import or none of it.
 */
final class ImportCrashSafety {

    static final int ROWS = 100_000;
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 2, 9);
    /** The child starts a whole app on a shared 2-core machine: generous, and only an upper bound. */
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    /** Where in the import the child is killed. */
    enum KillPoint {
        /** While the rows are being inserted, a fifth of them stored. */
        STORING(line -> line.startsWith("PROGRESS Storing ") && done(line) >= ROWS / 5),
        /** Every row inserted, the prev_mid links being written, the transaction not yet committed. */
        LINKING(line -> line.startsWith("PROGRESS Linking changes "));

        final Predicate<String> reached;

        KillPoint(Predicate<String> reached) {
            this.reached = reached;
        }

        private static long done(String line) {
            var parts = line.split(" ");
            return Long.parseLong(parts[parts.length - 2]);
        }
    }

    /** What the parent saw of the child before it killed it. */
    record Killed(long productId, boolean importFinished, List<String> output) {}

    private ImportCrashSafety() {}

    /** One series of {@code ROWS} days (weekends included) back from 2026-02-09, prices around 500,000 CNY/t. */
    static Path writeFile(Path dir, String product) throws IOException {
        var file = dir.resolve(product + ".csv");
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("date,product,source,low,high,mid,comment\n");
            var day = LAST_DAY;
            for (int i = 0; i < ROWS; i++, day = day.minusDays(1)) {
                long mid = 500_000 + Math.round(120_000 * Math.sin(i / 400.0)) / 1000 * 1000;
                out.write(day + "," + product + ",inhouse," + (mid - 5000) + "," + (mid + 5000) + "," + mid + ",\n");
            }
        }
        return file;
    }

    /**
     * Starts the child JVM with these arguments, waits until its output shows {@code point}, kills it
     * with SIGKILL ({@link Process#destroyForcibly()}) and waits until it is gone.
     */
    static Killed importAndKill(KillPoint point, String... arguments) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                ImportCrashChild.class.getName()));
        command.addAll(List.of(arguments));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new ArrayList<String>();
        long productId = -1;
        boolean finished = false;
        boolean reached = false;
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            // readLine blocks until the child prints or dies; a watchdog kills a child that hangs
            var watchdog = Thread.ofVirtual().start(() -> {
                try {
                    if (!process.waitFor(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            String line;
            long start = System.nanoTime();
            String lastPhase = "";
            while ((line = lines.readLine()) != null) {
                output.add(line);
                var phase = line.startsWith("PROGRESS ") ? line.replaceAll(" \\d+ \\d+$", "") : line;
                if (!phase.equals(lastPhase)
                        && (line.startsWith("READY ")
                                || line.startsWith("PROGRESS ")
                                || line.startsWith("IMPORTED "))) {
                    System.out.printf("child %s at %.1f s: %s%n", point, (System.nanoTime() - start) / 1e9, line);
                    lastPhase = phase;
                }
                if (line.startsWith("READY ")) {
                    productId = Long.parseLong(line.substring("READY ".length()).trim());
                }
                finished |= line.startsWith("IMPORTED ");
                if (point.reached.test(line) || finished) {
                    System.out.printf(
                            "child %s at %.1f s: %s, killed%n", point, (System.nanoTime() - start) / 1e9, line);
                    reached = true;
                    break;
                }
            }
            assertThat(process.isAlive())
                    .as("the child is still running at the kill point; its output:\n%s", tail(output))
                    .isTrue();
            process.destroyForcibly();
            assertThat(process.waitFor(1, TimeUnit.MINUTES))
                    .as("the killed child is gone")
                    .isTrue();
            watchdog.interrupt();
        } finally {
            process.destroyForcibly();
        }
        if (!reached || System.nanoTime() > deadline) {
            fail("The child never reached " + point + "; its output:\n" + tail(output));
        }
        assertThat(process.exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);
        assertThat(productId).as("the child created the product").isPositive();
        return new Killed(productId, finished, output);
    }

    /**
     * The rule itself: the product has no quote at all, or all {@code ROWS} with every prev_mid linked
     * and the import's audit entry; nothing in between.
     */
    static void assertAllOrNothing(Connection db, Killed killed, String fileName) throws SQLException {
        long quotes = one(db, "select count(*) from quote where product_id = " + killed.productId());
        long linked = one(
                db,
                "select count(*) from quote where product_id = " + killed.productId() + " and prev_mid is not null");
        long audited = one(
                db, "select count(*) from audit_event where action = 'IMPORT' and summary like '%" + fileName + "%'");
        if (killed.importFinished()) {
            assertThat(quotes).as("the import had finished before the kill").isEqualTo(ROWS);
        }
        assertThat(quotes).as("quotes of the killed import").isIn(0L, (long) ROWS);
        if (quotes == 0) {
            assertThat(linked).isZero();
            assertThat(audited)
                    .as("no audit entry for an import that is not there")
                    .isZero();
        } else {
            assertThat(linked)
                    .as("every quote but the first linked to its previous mid")
                    .isEqualTo(ROWS - 1);
            assertThat(audited).as("the audit entry of the import").isEqualTo(1);
        }
    }

    static long one(Connection db, String sql) throws SQLException {
        try (var statement = db.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String tail(List<String> output) {
        return String.join("\n", output.subList(Math.max(0, output.size() - 40), output.size()));
    }

    static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
