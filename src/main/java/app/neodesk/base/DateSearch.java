package app.neodesk.base;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/** Binary search in lists sorted by date, oldest first (a price series). */
public final class DateSearch {

    private DateSearch() {}

    /**
     * The elements dated {@code from}..{@code to}: {@code sorted} itself when that is all of it, an
     * unmodifiable view otherwise, empty when {@code from} is after {@code to}.
     */
    public static <T> List<T> slice(
            List<T> sorted, Function<? super T, LocalDate> dateOf, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            return List.of();
        }
        int first = firstOnOrAfter(sorted, dateOf, from);
        int end = firstOnOrAfter(sorted, dateOf, to.plusDays(1));
        return first == 0 && end == sorted.size() ? sorted : Collections.unmodifiableList(sorted.subList(first, end));
    }

    /** The index of the first element dated {@code date} or later; {@code sorted.size()} when there is none. */
    static <T> int firstOnOrAfter(List<T> sorted, Function<? super T, LocalDate> dateOf, LocalDate date) {
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
