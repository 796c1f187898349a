package app.neodesk.live;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskSpringTest;
import java.time.LocalDate;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@NeodeskSpringTest
class PriceUpdatesTest {

    @Autowired
    PriceUpdates updates;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    // Commits for real: updates go out after the commit of the test's own TransactionTemplate transaction.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void updatesReachListenersOnlyAfterCommit() {
        var received = new CopyOnWriteArrayList<PriceUpdate>();
        try (var ignored = updates.subscribe(received::add)) {
            var committed = new PriceUpdate(1, 2, LocalDate.of(2026, 2, 11));
            transactions.executeWithoutResult(tx -> {
                events.publishEvent(committed);
                assertThat(received).as("not before the commit").isEmpty();
            });
            assertThat(received).containsExactly(committed);

            transactions.executeWithoutResult(tx -> {
                events.publishEvent(new PriceUpdate(1, 2, LocalDate.of(2026, 2, 12)));
                tx.setRollbackOnly();
            });
            assertThat(received).as("a rolled-back write is never announced").containsExactly(committed);
        }
    }

    @Test
    void closingTheSubscriptionRemovesTheListener() {
        int before = updates.listenerCount();
        var subscription = updates.subscribe(u -> {});
        assertThat(updates.listenerCount()).isEqualTo(before + 1);
        subscription.close();
        assertThat(updates.listenerCount()).isEqualTo(before);
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() {
        var received = new CopyOnWriteArrayList<PriceUpdate>();
        try (var failing = updates.subscribe(u -> {
                    throw new IllegalStateException("boom");
                });
                var working = updates.subscribe(received::add)) {
            updates.deliver(new PriceUpdate(3, 4, LocalDate.of(2026, 2, 11)));
            assertThat(received).hasSize(1);
        }
    }
}
