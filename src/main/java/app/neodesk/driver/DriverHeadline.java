package app.neodesk.driver;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A visible annotation as a line of the dashboard's latest drivers: its dates, direction, title and category. */
public record DriverHeadline(
        long id,
        String title,
        LocalDate startDate,
        @Nullable LocalDate endDate,
        DriverCategory category,
        Direction direction) {}
