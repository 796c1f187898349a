package app.neodesk.driver;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A visible annotation as a chart marker: colour by category, shape by direction, a span when
 * {@code endDate} is set. {@code productIds} are the annotation's products among those asked for.
 */
public record DriverMarker(
        long id,
        String title,
        DriverCategory category,
        Direction direction,
        Impact impact,
        LocalDate date,
        @Nullable LocalDate endDate,
        List<Long> productIds) {}
