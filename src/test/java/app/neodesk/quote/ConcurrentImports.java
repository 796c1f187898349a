package app.neodesk.quote;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.team.Role;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two imports of overlapping products started at the same moment (two threads, one latch), and
 * what must hold afterwards whichever wins: each either succeeds or gets the "busy" message, the
 * stored rows are exactly the union of the files that succeeded (nothing partial, nothing twice),
 * and every prev_mid is the mid of the quote before it. Used on H2 and on PostgreSQL.
 */
final class ConcurrentImports {

    static final String BUSY = "Another import of the same products is running; try again in a moment";

    /** Two files of the same two products: 1,500 days each, overlapping by 750 days. */
    static final List<Series> FIRST = List.of(
            new Series("dy-oxide-cn", "inhouse", LocalDate.of(2003, 1, 1), 1500),
            new Series("prnd-oxide-fob", "inhouse", LocalDate.of(2003, 1, 1), 1500));

    static final List<Series> SECOND = List.of(
            new Series("dy-oxide-cn", "inhouse", LocalDate.of(2003, 1, 1).plusDays(750), 1500),
            new Series("prnd-oxide-fob", "inhouse", LocalDate.of(2003, 1, 1).plusDays(750), 1500));

    /** Runs {@link #FIRST} and {@link #SECOND} together, the second listing its products the other way round. */
    static List<Outcome> runOverlappingImportsTogether(QuoteImportService quotes, JdbcTemplate jdbc)
            throws InterruptedException {
        var outcomes = runTogether(quotes, csv(FIRST), csv(SECOND.reversed()));
        assertConsistent(jdbc, outcomes, FIRST, SECOND);
        return outcomes;
    }

    /** One import's result: a report, or the exception's class and message. */
    record Outcome(@Nullable ImportReport report, @Nullable Throwable error) {

        boolean succeeded() {
            return report != null && report.succeeded();
        }
    }

    /** One series of a file: product and source codes and the first day of {@code days} consecutive days. */
    record Series(String product, String source, LocalDate first, int days) {

        List<LocalDate> dates() {
            var list = new ArrayList<LocalDate>();
            for (int i = 0; i < days; i++) {
                list.add(first.plusDays(i));
            }
            return list;
        }
    }

    private ConcurrentImports() {}

    /** The same day always gets the same prices, so overlapping files agree on overlapping days. */
    static BigDecimal mid(LocalDate day) {
        return BigDecimal.valueOf(2000 + (day.toEpochDay() % 13) * 10);
    }

    static byte[] csv(List<Series> series) {
        var sb = new StringBuilder("date,product,source,low,high,mid\n");
        for (var s : series) {
            for (var day : s.dates()) {
                var mid = mid(day);
                sb.append(day)
                        .append(',')
                        .append(s.product())
                        .append(',')
                        .append(s.source())
                        .append(',')
                        .append(mid.subtract(BigDecimal.TEN))
                        .append(',')
                        .append(mid.add(BigDecimal.TEN))
                        .append(',')
                        .append(mid)
                        .append('\n');
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Starts both imports as the demo analyst at the same moment and waits for both. */
    static List<Outcome> runTogether(QuoteImportService quotes, byte[] first, byte[] second)
            throws InterruptedException {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var futures = List.of(
                    pool.submit(task(quotes, first, "first.csv", start)),
                    pool.submit(task(quotes, second, "second.csv", start)));
            start.countDown();
            var outcomes = new ArrayList<Outcome>();
            for (var f : futures) {
                try {
                    outcomes.add(f.get(3, TimeUnit.MINUTES));
                } catch (ExecutionException e) {
                    outcomes.add(new Outcome(null, e.getCause()));
                } catch (TimeoutException e) {
                    throw new AssertionError("An import did not finish within 3 minutes", e);
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Callable<Outcome> task(QuoteImportService quotes, byte[] file, String name, CountDownLatch start) {
        return () -> {
            start.await();
            return importAsAnalyst(quotes, file, name);
        };
    }

    /** Imports a file as the demo analyst; the report, or the exception it ended with. */
    static Outcome importAsAnalyst(QuoteImportService quotes, byte[] file, String name) {
        return asAnalyst(() -> {
            try {
                return new Outcome(quotes.importCsv(new ByteArrayInputStream(file), name, ImportProgress.NONE), null);
            } catch (Exception e) {
                return new Outcome(null, e);
            }
        });
    }

    static <T> T asAnalyst(Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "analyst", null, List.of(new SimpleGrantedAuthority(Role.ANALYST.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * Checks the outcomes and the stored rows of every series: {@code a} and {@code b} are the
     * series of the first and second file, in the same order (same product and source each).
     */
    static void assertConsistent(JdbcTemplate jdbc, List<Outcome> outcomes, List<Series> a, List<Series> b) {
        assertThat(outcomes).hasSize(2);
        for (var o : outcomes) {
            if (!o.succeeded()) {
                assertThat(o.error())
                        .as(
                                "an import that did not succeed failed with: %s",
                                o.report() != null ? o.report().problems() : o.error())
                        .isNotNull()
                        .hasMessage(BUSY);
            }
        }
        assertThat(outcomes).as("at least one import goes through").anyMatch(Outcome::succeeded);
        int expectedImported = 0;
        int overlap = 0;
        for (int i = 0; i < a.size(); i++) {
            var expected = new TreeSet<LocalDate>();
            if (outcomes.get(0).succeeded()) {
                expected.addAll(a.get(i).dates());
            }
            if (outcomes.get(1).succeeded()) {
                var before = expected.size();
                expected.addAll(b.get(i).dates());
                overlap += before + b.get(i).days() - expected.size();
            }
            expectedImported += expected.size();
            var from = a.get(i).first().isBefore(b.get(i).first())
                    ? a.get(i).first()
                    : b.get(i).first();
            var to = from.plusDays(a.get(i).days() + b.get(i).days() + 1);
            var stored = jdbc.query(
                    "select q.quote_date, q.mid, q.prev_mid from quote q join product p on p.id ="
                            + " q.product_id join source s on s.id = q.source_id where p.code = ? and s.code = ?"
                            + " and q.deleted_id = 0 and q.quote_date between ? and ? order by q.quote_date",
                    (rs, n) ->
                            new Object[] {rs.getObject(1, LocalDate.class), rs.getBigDecimal(2), rs.getBigDecimal(3)},
                    a.get(i).product(),
                    a.get(i).source(),
                    from,
                    to);
            assertThat(stored)
                    .extracting(r -> (LocalDate) r[0])
                    .as("stored dates of %s", a.get(i).product())
                    .containsExactlyElementsOf(expected);
            for (int k = 1; k < stored.size(); k++) {
                assertThat((BigDecimal) stored.get(k)[2])
                        .as("prev_mid on %s", stored.get(k)[0])
                        .isEqualByComparingTo((BigDecimal) stored.get(k - 1)[1]);
            }
            if (!stored.isEmpty()) {
                assertThat(stored.getFirst()[2])
                        .as("the first quote of a new series has no previous mid")
                        .isNull();
            }
        }
        int imported = outcomes.stream()
                .filter(Outcome::succeeded)
                .mapToInt(o -> o.report().imported())
                .sum();
        int skipped = outcomes.stream()
                .filter(Outcome::succeeded)
                .mapToInt(o -> o.report().skipped())
                .sum();
        assertThat(imported).as("quotes imported in all").isEqualTo(expectedImported);
        assertThat(skipped).as("identical rows skipped by the later import").isEqualTo(overlap);
    }

    /** Holds the row lock on a product in its own transaction until {@code release} is counted down. */
    static Thread holdProductLock(
            DataSource dataSource, String productCode, CountDownLatch locked, CountDownLatch release) {
        var thread = new Thread(
                () -> {
                    try (Connection c = dataSource.getConnection()) {
                        c.setAutoCommit(false);
                        try (var ps = c.prepareStatement("select id from product where code = ? for update")) {
                            ps.setString(1, productCode);
                            ps.executeQuery().close();
                        }
                        locked.countDown();
                        release.await(1, TimeUnit.MINUTES);
                        c.rollback();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                },
                "hold-" + productCode);
        thread.start();
        return thread;
    }
}
