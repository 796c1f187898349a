package app.neodesk.base;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** Binary search in lists sorted by date, oldest first (a price series). */
public final class DateSearch {

    private DateSearch() {}

    /** The index of the first element dated {@code date} or later; {@code sorted.size()} when there is none. */
    public static <T> int firstOnOrAfter(List<T> sorted, Function<? super T, LocalDate> dateOf, LocalDate date) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (dateOf.apply(sorted.get(middle)).isBefore(date)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
