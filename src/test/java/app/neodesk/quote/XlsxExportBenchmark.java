package app.neodesk.quote;

import static app.neodesk.support.BenchmarkReport.upperMedian;
import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.catalog.Element;
import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import app.neodesk.security.SystemAuthentication;
import app.neodesk.support.BenchmarkReport;
import app.neodesk.support.TestProducts;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Excel export of 100,000 history rows (issue 12). Not part of the normal build.
 * <pre>
 * ./mvnw -o test -Dtest=XlsxExportBenchmark -Dneodesk.benchmark=xlsx
 * </pre>
 * In-memory H2 (test profile). One product with {@value #ROWS} daily quotes inserted with JDBC. Median
 * of {@value #RUNS} runs after one warm-up of {@link QuoteService#exportXlsx} against the same-run
 * baseline {@link QuoteService#exportCsv} of the same rows, both into a byte-counting stream. Heap:
 * used heap after a full GC before and after each export (what the export keeps), and the peak used
 * heap sampled every 5 ms during it minus the used heap before (an upper bound: it includes garbage
 * not yet collected), and the live heap: the highest heap used right after any garbage collection
 * during the export, minus the used heap before (what the export held at once). Run it with a small
 * heap ({@code -DargLine=-Xmx256m}) so that collections happen during the export. Results go to
 * target/benchmark-xlsx.md.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "neodesk.benchmark", matches = "xlsx")
@SpringBootTest
@ActiveProfiles("test")
class XlsxExportBenchmark {

    static final int ROWS = 100_000;
    static final int RUNS = 5;
    static final String CODE = "bench-xlsx-nd";

    @Autowired
    QuoteService quotes;

    @Autowired
    ProductService products;

    @Autowired
    SourceService sources;

    @Autowired
    JdbcTemplate jdbc;

    private final BenchmarkReport report = new BenchmarkReport("benchmark-xlsx.md");

    @Test
    void hundredThousandRows() throws Exception {
        var filter = seed();
        report.line(
                "Machine: %d cores, max heap %d MB, Java %s, %s",
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"),
                System.getProperty("os.name"));
        report.line("");
        report.line(
                "| export | rows | bytes | median ms | runs ms | retained heap growth MB (median) | peak heap growth MB (max) | live heap growth MB (max) | GCs in runs | heap used before MB |");
        report.line("|---|---:|---:|---:|---|---:|---:|---:|---:|---:|");
        measure("CSV (baseline)", out -> quotes.exportCsv(filter, out));
        measure("xlsx (SXSSF)", out -> quotes.exportXlsx(filter, out));
        report.write();
    }

    interface Export {
        long write(OutputStream out) throws IOException;
    }

    private void measure(String label, Export export) {
        run(export); // warm-up
        var times = new ArrayList<Double>();
        var retained = new ArrayList<Double>();
        double peak = 0;
        double live = 0;
        double baseline = 0;
        long collections = 0;
        long rows = 0;
        long bytes = 0;
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < RUNS; i++) {
            System.gc();
            long before = memory.getHeapMemoryUsage().getUsed();
            baseline = before / 1048576.0;
            var max = new AtomicLong(before);
            var running = new AtomicBoolean(true);
            var sampler = Thread.ofPlatform().daemon().start(() -> {
                while (running.get()) {
                    max.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            var afterGc = new LiveHeap();
            long start = System.nanoTime();
            long[] result;
            try (afterGc) {
                result = run(export);
            }
            times.add((System.nanoTime() - start) / 1e6);
            running.set(false);
            live = Math.max(live, (afterGc.highest() - before) / 1048576.0);
            collections += afterGc.count();
            try {
                sampler.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.gc();
            retained.add((memory.getHeapMemoryUsage().getUsed() - before) / 1048576.0);
            peak = Math.max(peak, (max.get() - before) / 1048576.0);
            rows = result[0];
            bytes = result[1];
        }
        assertThat(rows).isEqualTo(ROWS);
        report.line(
                "| %s | %,d | %,d | **%.0f** | %s | %.1f | %.1f | %.1f | %d | %.0f |",
                label,
                rows,
                bytes,
                upperMedian(times),
                times.stream().map(t -> "%.0f".formatted(t)).toList(),
                upperMedian(retained),
                peak,
                live,
                collections,
                baseline);
    }

    private static long[] run(Export export) {
        var counter = new OutputStream() {
            long count;

            @Override
            public void write(int b) {
                count++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                count += len;
            }
        };
        long rows = SystemAuthentication.call(() -> {
            try {
                return export.write(counter);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new long[] {rows, counter.count};
    }

    /** One product with {@value #ROWS} daily quotes from 1750-01-01, inserted with JDBC in batches. */
    private QuoteFilter seed() {
        return SystemAuthentication.call(() -> {
            var yangtze = sources.findByCode("yangtze").orElseThrow();
            var product = products.findByCode(CODE).orElseGet(() -> {
                var p = TestProducts.chinaSpot(CODE, Element.ND, MaterialForm.METAL, PriceUnit.T);
                return products.create(p.withMainSource(yangtze.requireId()));
            });
            var first = LocalDate.of(1750, 1, 1);
            var args = new ArrayList<Object[]>();
            BigDecimal previous = null;
            var at = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));
            for (int i = 0; i < ROWS; i++) {
                var mid = BigDecimal.valueOf(1_000_000L + (i % 97) * 1000L - 48_000L);
                args.add(new Object[] {
                    900_000_000L + i,
                    product.getId(),
                    yangtze.getId(),
                    Date.valueOf(first.plusDays(i)),
                    mid.subtract(BigDecimal.valueOf(5000)),
                    mid.add(BigDecimal.valueOf(5000)),
                    mid,
                    previous,
                    i == 0 ? null : Date.valueOf(first.plusDays(i - 1)),
                    "benchmark",
                    at
                });
                previous = mid;
                if (args.size() == 5000) {
                    insert(args);
                }
            }
            insert(args);
            return new QuoteFilter(Set.of(product.getId()), yangtze.getId(), null, null);
        });
    }

    private void insert(List<Object[]> args) {
        jdbc.batchUpdate(
                "insert into quote (id, version, product_id, source_id, quote_date, low, high, mid, prev_mid,"
                        + " prev_date, entered_by, entered_at, revision_count, deleted_id) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, 0, 0)",
                args);
        args.clear();
    }

    /** The highest heap use right after a garbage collection, while it is open. */
    static final class LiveHeap implements AutoCloseable {

        static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());

        private final AtomicLong highest = new AtomicLong();
        private final AtomicLong count = new AtomicLong();
        private final List<NotificationEmitter> emitters = new ArrayList<>();
        private final NotificationListener listener = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(pool -> HEAP_POOLS.contains(pool.getKey()))
                        .mapToLong(pool -> pool.getValue().getUsed())
                        .sum();
                highest.accumulateAndGet(used, Math::max);
                count.incrementAndGet();
            }
        };

        LiveHeap() {
            for (var bean : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (bean instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(listener, null, null);
                    emitters.add(emitter);
                }
            }
        }

        long highest() {
            return highest.get();
        }

        long count() {
            return count.get();
        }

        @Override
        public void close() {
            for (var emitter : emitters) {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (ListenerNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
