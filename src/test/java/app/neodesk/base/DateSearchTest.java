package app.neodesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class DateSearchTest {

    private static final LocalDate DAY = LocalDate.of(2019, 5, 6);
    /** Working days with a gap of a year in the middle. */
    private static final List<LocalDate> DATES = List.of(DAY, DAY.plusDays(1), DAY.plusDays(2), DAY.plusYears(1));

    private static int search(List<LocalDate> dates, LocalDate date) {
        return DateSearch.firstOnOrAfter(dates, Function.identity(), date);
    }

    @Test
    void findsTheFirstDateOnOrAfterAndTheEndWhenThereIsNone() {
        assertThat(search(DATES, DAY.minusYears(3))).as("before all").isZero();
        assertThat(search(DATES, DAY)).as("on the first").isZero();
        assertThat(search(DATES, DAY.plusDays(2))).isEqualTo(2);
        assertThat(search(DATES, DAY.plusDays(3)))
                .as("inside the gap: the date after it")
                .isEqualTo(3);
        assertThat(search(DATES, DAY.plusYears(1).plusDays(1))).as("after all").isEqualTo(4);
        assertThat(search(List.of(), DAY)).as("an empty series").isZero();
    }

    @Test
    void aSliceIsTheWholeListItselfAViewOfItsDatesOrEmpty() {
        assertThat(DateSearch.slice(DATES, Function.identity(), DAY.minusYears(1), DAY.plusYears(2)))
                .isSameAs(DATES);
        assertThat(DateSearch.slice(DATES, Function.identity(), DAY.plusDays(1), DAY.plusDays(300)))
                .containsExactly(DAY.plusDays(1), DAY.plusDays(2));
        assertThat(DateSearch.slice(DATES, Function.identity(), DAY.plusDays(3), DAY.plusDays(300)))
                .as("inside the gap")
                .isEmpty();
        assertThat(DateSearch.slice(DATES, Function.identity(), DAY.plusDays(1), DAY))
                .as("from after to")
                .isEmpty();
    }
}
