package app.neodesk.load;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.support.AppNode;
import app.neodesk.support.BenchmarkReport;
import app.neodesk.support.HttpSessions;
import app.neodesk.support.PostgresSchema;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The load test: many simulated traders at protocol level ({@link Trader} over {@link UidlTab}: Vaadin's
 * client protocol over plain HTTP, no browsers) against the production jar on PostgreSQL with the
 * ten-year demo history. Not part of the normal build:
 * <pre>
 * ./mvnw package -DskipTests
 * ./mvnw failsafe:integration-test -Dit.test=LoadTestBenchmarkIT -Dneodesk.benchmark=load \
 *     [-Dneodesk.load.users=50,100,200] [-Dneodesk.load.ramp=60] [-Dneodesk.load.steady=180] \
 *     [-Dneodesk.load.think=2000-6000] [-Dneodesk.load.heap=1g] [-Dneodesk.load.jvm='-XX:+UseZGC']
 *     [-Dneodesk.load.keep-schema=true]
 *     [-Dneodesk.load.schema=neodesk_it_…] [-Dneodesk.load.jfr=true]
 * </pre>
 * (with {@code NEODESK_TEST_POSTGRES_URL} set, as for the PostgreSQL tests). For each level of users
 * it starts the jar afresh on the same database (a throw-away schema), warms it up with 10 users for
 * 30 s, takes the live heap, starts the users evenly over the ramp, lets them run for the steady time,
 * and then, with every user still signed in, takes the live heap again. It records the round trips of
 * each step (p50/p95/p99/max), the errors, the server's and the harness's CPU, the heap in use
 * (sampled) and the live heap per signed-in user. Results go to target/benchmark-load.md.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "neodesk.benchmark", matches = "load")
class LoadTestBenchmarkIT {

    private static final int[] USERS = Arrays.stream(
                    System.getProperty("neodesk.load.users", "50,100,200").split(","))
            .mapToInt(u -> Integer.parseInt(u.strip()))
            .toArray();
    private static final Duration RAMP = Duration.ofSeconds(Long.getLong("neodesk.load.ramp", 60));
    private static final Duration STEADY = Duration.ofSeconds(Long.getLong("neodesk.load.steady", 180));
    private static final Trader.Think THINK = Trader.Think.parse(System.getProperty("neodesk.load.think", "2000-6000"));
    private static final String HEAP = System.getProperty("neodesk.load.heap", "1g");
    /** More options for the server's JVM, separated by spaces (e.g. a collector: -XX:+UseZGC). */
    private static final String JVM_OPTIONS = System.getProperty("neodesk.load.jvm", "");

    private static final int ANALYST_EVERY = Integer.getInteger("neodesk.load.analyst-every", 20);

    /** A schema seeded by an earlier run (its name from that run's report) to reuse: no seeding, kept afterwards. */
    private static final String REUSE = System.getProperty("neodesk.load.schema", "");

    private final PostgresSchema schema = REUSE.isBlank() ? new PostgresSchema() : PostgresSchema.existing(REUSE);
    private final BenchmarkReport report = BenchmarkReport.overridable("benchmark-load.md");
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();

    @Test
    void tradersAtProtocolLevel() throws Exception {
        if (REUSE.isBlank()) {
            schema.create();
        }
        try {
            report.append("# Load test, ")
                    .append(Instant.now())
                    .append("\n\n")
                    .append("Users ")
                    .append(Arrays.toString(USERS))
                    .append(", ramp ")
                    .append(RAMP.toSeconds())
                    .append(" s, steady ")
                    .append(STEADY.toSeconds())
                    .append(" s, think ")
                    .append(THINK.minMillis())
                    .append("-")
                    .append(THINK.maxMillis())
                    .append(" ms, server -Xmx")
                    .append(HEAP)
                    .append(", 1 user in ")
                    .append(ANALYST_EVERY)
                    .append(" enters quotes. ")
                    .append(Runtime.getRuntime().availableProcessors())
                    .append(" cores.\n\n");
            report.append("Schema ")
                    .append(schema.name())
                    .append(REUSE.isBlank() ? "" : " (reused)")
                    .append(".\n\n");
            if (REUSE.isBlank()) {
                try (var seed = start("seed", true)) {
                    seed.awaitReady("/actuator/health/readiness", "Demo data ready", Duration.ofMinutes(20));
                    seed.stop();
                }
            }
            var slots = new Trader.QuoteSlots(freeQuoteSlots());
            for (int users : USERS) {
                level(users, slots);
            }
        } finally {
            report.save();
            if (REUSE.isBlank() && !Boolean.getBoolean("neodesk.load.keep-schema")) {
                schema.drop();
            }
        }
        System.out.println(report);
        assertThat(report.toString()).contains("all requests");
    }

    private void level(int users, Trader.QuoteSlots slots) throws Exception {
        try (var node = start("load-" + users, false)) {
            node.awaitReady("/actuator/health/readiness", null, Duration.ofMinutes(5));
            run(
                    node,
                    10,
                    Duration.ofSeconds(5),
                    Duration.ofSeconds(30),
                    slots,
                    new Recorder()); // warm-up, not recorded
            var before = HttpSessions.total(HttpSessions.histogram(node.pid()));
            var recorder = new Recorder();
            var serverCpu = cpu(node.pid());
            var harnessCpu = cpu(ProcessHandle.current().pid());
            var databaseCpu = postgresCpu();
            var heap = new HeapSampler(node.pid());
            var started = Instant.now();
            var journeys = run(node, users, RAMP, STEADY, slots, recorder);
            var elapsed = Duration.between(started, Instant.now());
            heap.close();
            var serverShare = (cpu(node.pid()) - serverCpu) / (double) elapsed.toNanos();
            var harnessShare = (cpu(ProcessHandle.current().pid()) - harnessCpu) / (double) elapsed.toNanos();
            var databaseShare = (postgresCpu() - databaseCpu) / (double) elapsed.toNanos();
            var histogram = HttpSessions.histogram(node.pid());
            // What the signed-in users hold, for a closer look: the 60 largest classes.
            Files.writeString(
                    report.file().resolveSibling("load-" + users + "-histogram.txt"),
                    String.join("\n", histogram.lines().limit(64).toList()));
            var after = HttpSessions.total(histogram);
            write(
                    users,
                    recorder,
                    elapsed,
                    journeys,
                    new double[] {serverShare, databaseShare, harnessShare},
                    heap.peak(),
                    before,
                    after);
            node.stop();
        }
    }

    /** Runs {@code users} traders, started evenly over {@code ramp}, until ramp + steady is over; returns the journeys done. */
    private long run(
            AppNode node, int users, Duration ramp, Duration steady, Trader.QuoteSlots slots, Recorder recorder)
            throws InterruptedException {
        var until = Instant.now().plus(ramp).plus(steady);
        var traders = new ArrayList<Trader>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < users; i++) {
                var trader = new Trader(
                        http, node.baseUrl(), recorder, i % ANALYST_EVERY == ANALYST_EVERY - 1, until, THINK, slots);
                traders.add(trader);
                pool.submit(trader);
                Thread.sleep(ramp.toMillis() / users); // starting users evenly over the ramp
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(steady.toSeconds() + 600, TimeUnit.SECONDS))
                    .isTrue();
        }
        return traders.stream().mapToLong(Trader::journeys).sum();
    }

    /** @param cpu the shares of one core used by the server, PostgreSQL and the harness */
    private void write(
            int users,
            Recorder recorder,
            Duration elapsed,
            long journeys,
            double[] cpu,
            long heapPeak,
            long liveBefore,
            long liveAfter)
            throws IOException {
        var figures = recorder.figures();
        var all = figures.getLast();
        report.append("## ")
                .append(users)
                .append(" users\n\n")
                .append(String.format(
                        Locale.ROOT,
                        "%d requests in %d s (%.1f/s), %d journeys, %d errors. "
                                + "CPU in %% of one core: server %.0f, PostgreSQL %.0f, harness %.0f (the machine has %d). "
                                + "Heap in use at most %d MB; live heap %d MB before, %d MB after with %d users "
                                + "signed in: %d KB per user. Load average at the end: %s.%n%n",
                        all.requests(),
                        elapsed.toSeconds(),
                        all.requests() / (double) elapsed.toSeconds(),
                        journeys,
                        all.errors(),
                        100 * cpu[0],
                        100 * cpu[1],
                        100 * cpu[2],
                        100 * Runtime.getRuntime().availableProcessors(),
                        heapPeak >> 20,
                        liveBefore >> 20,
                        liveAfter >> 20,
                        users,
                        (liveAfter - liveBefore) / users >> 10,
                        loadAverage()))
                .append("| step | requests | errors | p50 ms | p95 ms | p99 ms | max ms |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (var f : figures) {
            report.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |%n",
                    f.step(),
                    f.requests(),
                    f.errors(),
                    f.p50(),
                    f.p95(),
                    f.p99(),
                    f.max()));
        }
        recorder.firstErrors()
                .forEach((step, message) -> report.append("\nFirst error of ")
                        .append(step)
                        .append(": ")
                        .append(message)
                        .append("\n"));
        report.append("\n");
        System.out.println(report);
    }

    private AppNode start(String name, boolean demo) throws IOException {
        var arguments = new ArrayList<>(List.of(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + schema.jdbcUrl(),
                "--spring.datasource.username=" + PostgresSchema.user(),
                "--spring.datasource.password=" + PostgresSchema.password(),
                "--spring.flyway.schemas=" + schema.name(),
                "--spring.flyway.default-schema=" + schema.name(),
                "--neodesk.live.channel=" + schema.name(),
                "--neodesk.demo.enabled=true"));
        if (demo) {
            arguments.add("--neodesk.demo.history=true");
        }
        var jvm = new ArrayList<>(List.of("-Xmx" + HEAP));
        if (!JVM_OPTIONS.isBlank()) {
            jvm.addAll(List.of(JVM_OPTIONS.strip().split("\\s+")));
        }
        if (Boolean.getBoolean("neodesk.load.jfr")) {
            jvm.add("-XX:StartFlightRecording=settings=profile,filename="
                    + Path.of("target", name + ".jfr").toAbsolutePath());
        }
        return AppNode.neodesk(name, jvm, arguments);
    }

    /**
     * Weekend days of the demo series without a quote (the demo quotes only on weekdays; a reused
     * schema keeps the last run's), each priced at the Friday before it, so that an analyst's quote is new, passes the scale guard and moves nothing: shuffled,
     * so that entries spread over products and years.
     */
    private List<Trader.QuoteSlot> freeQuoteSlots() throws Exception {
        var slots = new ArrayList<Trader.QuoteSlot>();
        try (var connection = DriverManager.getConnection(
                        schema.jdbcUrl(), PostgresSchema.user(), PostgresSchema.password());
                var statement = connection.prepareStatement("""
                     select p.code, s.code, q.quote_date, q.mid, d.days from quote q
                     join product p on p.id = q.product_id join source s on s.id = q.source_id
                     join generate_series(1, 2) as d(days) on true
                     where q.deleted_at is null and extract(isodow from q.quote_date) = 5
                       and p.main_source_id = s.id
                       and not exists (select 1 from quote t where t.product_id = q.product_id
                                       and t.source_id = q.source_id and t.quote_date = q.quote_date + d.days)
                     """);
                var rows = statement.executeQuery()) {
            while (rows.next()) {
                slots.add(new Trader.QuoteSlot(
                        rows.getString(1),
                        rows.getString(2),
                        rows.getObject(3, LocalDate.class).plusDays(rows.getInt(5)),
                        rows.getBigDecimal(4).stripTrailingZeros()));
            }
        }
        Collections.shuffle(slots, new Random(42));
        assertThat(slots).as("free weekend slots in the demo history").hasSizeGreaterThan(1000);
        return slots;
    }

    private static long cpu(long pid) {
        return ProcessHandle.of(pid)
                .flatMap(h -> h.info().totalCpuDuration())
                .map(Duration::toNanos)
                .orElse(0L);
    }

    /** The CPU time of every PostgreSQL process on this machine (the load test's database is local). */
    private static long postgresCpu() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                .mapToLong(
                        p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
                .sum();
    }

    private static String loadAverage() throws IOException {
        return String.join(
                ", ",
                Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" "))
                        .subList(0, 3));
    }

    /** The heap in use of the server, sampled every 5 s with {@code jstat -gc} (cheap: no GC, no safepoint). */
    private static final class HeapSampler implements AutoCloseable {
        private final AtomicLong peak = new AtomicLong();
        private final Thread thread;

        HeapSampler(long pid) {
            var jstat = Path.of(ProcessHandle.current().info().command().orElseThrow())
                    .resolveSibling("jstat")
                    .toString();
            thread = Thread.ofPlatform().daemon().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        var process = new ProcessBuilder(jstat, "-gc", Long.toString(pid))
                                .redirectErrorStream(true)
                                .start();
                        var lines = new String(process.getInputStream().readAllBytes())
                                .strip()
                                .split("\n");
                        process.waitFor();
                        peak.accumulateAndGet(used(lines), Math::max);
                        Thread.sleep(5000); // a sampling period
                    } catch (InterruptedException e) {
                        return;
                    } catch (IOException | RuntimeException e) {
                        // the server is stopping: no sample
                    }
                }
            });
        }

        /** S0U + S1U + EU + OU of {@code jstat -gc}, in bytes. */
        private static long used(String[] lines) {
            var names = lines[0].strip().split("\\s+");
            var values = lines[lines.length - 1].strip().split("\\s+");
            double kb = 0;
            for (int i = 0; i < names.length; i++) {
                if (List.of("S0U", "S1U", "EU", "OU").contains(names[i])) {
                    kb += Double.parseDouble(values[i]);
                }
            }
            return (long) (kb * 1024);
        }

        long peak() {
            return peak.get();
        }

        @Override
        public void close() throws InterruptedException {
            thread.interrupt();
            thread.join();
        }
    }
}
