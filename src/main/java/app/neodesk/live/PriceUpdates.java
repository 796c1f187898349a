package app.neodesk.live;

import java.util.function.Consumer;

/**
 * Fan-out of committed price updates to open views. The in-process implementation serves one
 * app instance; several instances on one PostgreSQL would add an implementation that also sends
 * each update with {@code NOTIFY} and feeds what it receives by {@code LISTEN} into the same
 * local fan-out (see docs/ARCHITECTURE.md).
 */
public interface PriceUpdates {

    /** Registers a listener; close the returned handle to remove it (views do this on detach). */
    Subscription subscribe(Consumer<PriceUpdate> listener);

    /** Delivers an update to every current listener on this instance. */
    void deliver(PriceUpdate update);

    /** How many listeners are registered now (for leak tests and monitoring). */
    int listenerCount();

    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
