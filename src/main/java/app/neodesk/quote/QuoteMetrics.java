package app.neodesk.quote;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Quote writes and imports as Micrometer meters (scraped at /actuator/prometheus). A write counts
 * when its transaction commits, so a refused batch or a rolled-back import counts nothing.
 */
@Component
class QuoteMetrics {

    enum Write {
        ENTRY,
        CORRECTION,
        DELETION,
        IMPORT;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    enum ImportOutcome {
        /** The rows were stored. */
        STORED,
        /** The file had problems and nothing was stored. */
        REFUSED,
        /** The import failed (a concurrent writer, a database error). */
        FAILED;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final MeterRegistry meters;

    QuoteMetrics(MeterRegistry meters) {
        this.meters = meters;
        for (var write : Write.values()) {
            written(write);
        }
        for (var outcome : ImportOutcome.values()) {
            imports(outcome);
        }
    }

    /** Counts {@code quotes} written quotes once the current transaction commits (at once without one). */
    void written(Write write, long quotes) {
        if (quotes <= 0) {
            return;
        }
        Runnable count = () -> written(write).increment(quotes);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    count.run();
                }
            });
        } else {
            count.run();
        }
    }

    /** Records how long an import took and how it ended. */
    void imported(ImportOutcome outcome, Duration took) {
        imports(outcome).record(took);
    }

    private Counter written(Write write) {
        return Counter.builder("neodesk.quotes.written")
                .tag("how", write.tag())
                .description("Quotes written and committed: entered, corrected, deleted or imported")
                .register(meters);
    }

    private Timer imports(ImportOutcome outcome) {
        return Timer.builder("neodesk.imports")
                .tag("outcome", outcome.tag())
                .description("Imports of price files and rows, by outcome, with their duration")
                .register(meters);
    }
}
