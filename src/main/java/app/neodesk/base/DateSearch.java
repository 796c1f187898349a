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
        return range(sorted, dateOf, from, to).of(sorted);
    }

    /**
     * The positions of the elements dated {@code from}..{@code to}, for slicing lists that run
     * parallel to {@code sorted} (the same length, element for element) with one search.
     */
    public static <T> Range range(List<T> sorted, Function<? super T, LocalDate> dateOf, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            return new Range(0, 0);
        }
        return new Range(firstOnOrAfter(sorted, dateOf, from), firstOnOrAfter(sorted, dateOf, to.plusDays(1)));
    }

    /** Positions {@code first} (inclusive) to {@code end} (exclusive) of a sorted list. */
    public record Range(int first, int end) {

        /** Whether these are all of {@code list}'s positions. */
        public boolean covers(List<?> list) {
            return first == 0 && end == list.size();
        }

        /** {@code list} itself when the range covers it, else an unmodifiable view of these positions. */
        public <T> List<T> of(List<T> list) {
            return covers(list) ? list : Collections.unmodifiableList(list.subList(first, end));
        }
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
