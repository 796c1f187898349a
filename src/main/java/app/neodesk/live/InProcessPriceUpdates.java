package app.neodesk.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Delivers {@link PriceUpdate} events after their transaction commits, to listeners in this JVM.
 * A listener that throws is logged and skipped; it never blocks the others or the writer.
 */
@Component
class InProcessPriceUpdates implements PriceUpdates {

    private static final Logger log = LoggerFactory.getLogger(InProcessPriceUpdates.class);

    private final CopyOnWriteArrayList<Consumer<PriceUpdate>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public Subscription subscribe(Consumer<PriceUpdate> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onCommitted(PriceUpdate update) {
        deliver(update);
    }

    @Override
    public void deliver(PriceUpdate update) {
        for (var listener : listeners) {
            try {
                listener.accept(update);
            } catch (RuntimeException e) {
                log.warn("A price-update listener failed: {}", e.toString());
            }
        }
    }

    @Override
    public int listenerCount() {
        return listeners.size();
    }
}
