package app.neodesk.live;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Delivers {@link PriceUpdate} events after their transaction commits, to listeners in this JVM.
 * A listener that throws is logged and skipped; it never blocks the others or the writer.
 */
@Component
class InProcessPriceUpdates implements PriceUpdates {

    private static final Logger log = LoggerFactory.getLogger(InProcessPriceUpdates.class);

    private final CopyOnWriteArrayList<Consumer<PriceUpdate>> listeners = new CopyOnWriteArrayList<>();
    private final Timer fanOut;

    InProcessPriceUpdates(MeterRegistry meters) {
        this.fanOut = Timer.builder("neodesk.live.fanout")
                .description("Time to hand one committed price update to every open view on this node")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(meters);
        Gauge.builder("neodesk.live.listeners", listeners, List::size)
                .description("Open views listening for price updates on this node")
                .register(meters);
    }

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
        fanOut.record(() -> deliverNow(update));
    }

    private void deliverNow(PriceUpdate update) {
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
