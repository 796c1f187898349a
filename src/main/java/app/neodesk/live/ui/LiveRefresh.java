package app.neodesk.live.ui;

import app.neodesk.live.PriceUpdate;
import app.neodesk.live.PriceUpdates;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Connects a view to committed price updates while it is attached: updates that concern the view
 * (and every {@link PriceUpdate#RESYNC}) are collected and pushed as one batch at most every
 * {@link #BATCH_MILLIS} ms, and the
 * subscription is removed on detach, so closed tabs never leak listeners.
 */
public final class LiveRefresh {

    public static final long BATCH_MILLIS = 400;

    private static final ScheduledExecutorService SCHEDULER = Executors.newSingleThreadScheduledExecutor(r -> {
        var thread = new Thread(r, "neodesk-live-refresh");
        thread.setDaemon(true);
        return thread;
    });

    private LiveRefresh() {}

    /**
     * @param relevant which updates concern the view (e.g. its products)
     * @param refresh  runs in the UI's lock with the batch of relevant updates
     */
    public static Registration attach(
            Component view, PriceUpdates updates, Predicate<PriceUpdate> relevant, Consumer<Set<PriceUpdate>> refresh) {
        var attachRegistration = view.addAttachListener(e -> start(e.getUI(), view, updates, relevant, refresh));
        view.getUI().ifPresent(ui -> start(ui, view, updates, relevant, refresh));
        return attachRegistration;
    }

    private static void start(
            UI ui,
            Component view,
            PriceUpdates updates,
            Predicate<PriceUpdate> relevant,
            Consumer<Set<PriceUpdate>> refresh) {
        var batcher = new Batcher(ui, refresh);
        var subscription = updates.subscribe(update -> {
            if (update.isResync() || relevant.test(update)) {
                batcher.add(update);
            }
        });
        var detach = new Registration[1];
        detach[0] = view.addDetachListener(e -> {
            subscription.close();
            detach[0].remove();
        });
    }

    /** Collects updates and flushes them once per batch window through {@code UI.access}. */
    static final class Batcher {
        private final UI ui;
        private final Consumer<Set<PriceUpdate>> refresh;
        private final Set<PriceUpdate> pending = new HashSet<>();
        private boolean scheduled;

        Batcher(UI ui, Consumer<Set<PriceUpdate>> refresh) {
            this.ui = ui;
            this.refresh = refresh;
        }

        synchronized void add(PriceUpdate update) {
            pending.add(update);
            if (!scheduled) {
                scheduled = true;
                SCHEDULER.schedule(this::flush, BATCH_MILLIS, TimeUnit.MILLISECONDS);
            }
        }

        private void flush() {
            Set<PriceUpdate> batch;
            synchronized (this) {
                batch = Set.copyOf(pending);
                pending.clear();
                scheduled = false;
            }
            if (!batch.isEmpty()) {
                ui.access(() -> refresh.accept(batch));
            }
        }
    }
}
