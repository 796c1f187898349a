package app.neodesk.live;

import java.time.LocalDate;

/**
 * A quote of {@code productId} from {@code sourceId} on {@code date} was saved, corrected,
 * deleted or imported. Publish it as a Spring application event inside the writing transaction;
 * {@link PriceUpdates} delivers it to open views after the commit.
 */
public record PriceUpdate(long productId, long sourceId, LocalDate date) {
}
