package app.neodesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.base.ValidationException;
import app.neodesk.security.SystemAuthentication;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/** Races between two admins saving the same alias, for H2 and PostgreSQL alike. */
final class AliasRaces {

    private AliasRaces() {}

    /**
     * Another admin's transaction has written an alias but not committed, so my save's check cannot
     * see it; my insert meets the unique key. When they commit, I must read the same clear message
     * as if the check had seen it, and nothing of mine is stored.
     */
    static void otherAdminCommitsWhileMySaveWaits(
            ProductService products, DataSource dataSource, String prefix, boolean postgres) throws Exception {
        var ids = SystemAuthentication.call(() -> List.of(
                products.create(AliasServiceTest.newProduct(prefix + "-a")).getId(),
                products.create(AliasServiceTest.newProduct(prefix + "-b")).getId()));
        var worker = new AtomicReference<Thread>();
        var pool = Executors.newSingleThreadExecutor(r -> {
            var t = new Thread(r, "alias-race");
            worker.set(t);
            return t;
        });
        try (var other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (var insert = other.prepareStatement("insert into product_alias (id, product_id, alias_name,"
                    + " alias_key, sort_order) select coalesce(max(id), 0) + 1000, ?, ?, ?, 0 from product_alias")) {
                insert.setLong(1, ids.getFirst());
                insert.setString(2, "Y oxide 5N");
                insert.setString(3, NameIndex.normalise("Y oxide 5N"));
                insert.executeUpdate();
            }
            var mine = pool.submit(() ->
                    SystemAuthentication.call(() -> products.setAliases(ids.get(1), List.of("氧化钇", "Y-oxide 5N"))));
            // The unique key makes my insert wait for the other transaction: that is the path under test,
            // not the check before it.
            if (postgres) {
                // PostgreSQL waits as long as the other transaction is open.
                assertThatThrownBy(() -> mine.get(2, TimeUnit.SECONDS)).isInstanceOf(TimeoutException.class);
            } else {
                // H2 waits only up to its lock timeout: commit as soon as my save is seen inserting.
                awaitInsertingInH2(mine, worker);
            }
            other.commit();
            assertThatThrownBy(() -> {
                        try {
                            mine.get(1, TimeUnit.MINUTES);
                        } catch (ExecutionException e) {
                            throw e.getCause();
                        }
                    })
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("'Y-oxide 5N' is already an alias of " + prefix + "-a");
        } finally {
            pool.shutdownNow();
        }
        assertThat(SystemAuthentication.call(() -> products.aliases(ids.get(1))))
                .isEmpty();
    }

    private static void awaitInsertingInH2(Future<?> mine, AtomicReference<Thread> worker) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            assertThat(mine.isDone())
                    .as("my save ended before it waited for the other transaction")
                    .isFalse();
            var t = worker.get();
            // H2 retries the insert (running, not parked) until the other transaction ends or its lock timeout.
            if (t != null
                    && Arrays.stream(t.getStackTrace())
                            .anyMatch(f -> f.getClassName().startsWith("org.h2.command.dml.Insert"))) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("my save never waited for the other transaction");
    }
}
