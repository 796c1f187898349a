package app.neodesk.live;

import java.time.LocalDate;

/**
 * A quote of {@code productId} from {@code sourceId} on {@code date} was saved, corrected,
 * deleted or imported. Publish it as a Spring application event inside the writing transaction;
 * {@link PriceUpdates} delivers it to open views after the commit.
 */
public record PriceUpdate(long productId, long sourceId, LocalDate date) {

    /** "Anything may have changed": sent after this node missed updates (a lost database connection). */
    public static final PriceUpdate RESYNC = new PriceUpdate(0, 0, LocalDate.MIN);

    /** Whether open views should reload whatever they show. */
    public boolean isResync() {
        return productId == 0;
    }
}
