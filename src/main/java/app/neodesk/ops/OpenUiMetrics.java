package app.neodesk.ops;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * The number of open Vaadin UIs (browser tabs) on this node, as the gauge {@code neodesk.ui.open}:
 * one more when a UI starts, one less when it is detached (closed, expired or its session ended).
 */
@Component
class OpenUiMetrics implements VaadinServiceInitListener {

    private final AtomicInteger open = new AtomicInteger();

    OpenUiMetrics(MeterRegistry meters) {
        Gauge.builder("neodesk.ui.open", open, AtomicInteger::get)
                .description("Open Vaadin UIs (browser tabs) on this node")
                .register(meters);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            open.incrementAndGet();
            init.getUI().addDetachListener(detach -> open.decrementAndGet());
        });
    }
}
