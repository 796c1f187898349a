package app.neodesk.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PreviousGapTest {

    private static final PreviousGap GAP = PreviousGap.DEFAULT;

    @Test
    void changeAfterAGapOfYearsNamesThePreviousQuotesDate() {
        var date = LocalDate.of(2023, 6, 1);
        var previous = LocalDate.of(2021, 3, 18);
        assertThat(GAP.exceeded(date, previous)).isTrue();
        assertThat(GAP.versus(date, previous)).isEqualTo(previous);
        assertThat(GAP.label(date, previous)).isEqualTo(" vs 2021-03-18");
    }

    @Test
    void fridayToMondayWeekendIsThreeCalendarDaysAndNotMarked() {
        var friday = LocalDate.of(2023, 6, 2);
        var monday = LocalDate.of(2023, 6, 5);
        assertThat(GAP.exceeded(monday, friday)).isFalse();
        assertThat(GAP.versus(monday, friday)).isNull();
        assertThat(GAP.label(monday, friday)).isEmpty();
    }

    @Test
    void springFestivalWeekOfEightDaysIsNotMarked() {
        assertThat(GAP.exceeded(LocalDate.of(2024, 2, 18), LocalDate.of(2024, 2, 9)))
                .isFalse();
    }

    @Test
    void gapCountsCalendarDaysAndOnlyMoreThanTheLimitIsMarked() {
        var date = LocalDate.of(2026, 2, 11);
        assertThat(GAP.exceeded(date, date.minusDays(10))).as("exactly 10 days").isFalse();
        assertThat(GAP.exceeded(date, date.minusDays(11))).as("11 days").isTrue();
        assertThat(new PreviousGap(3).exceeded(LocalDate.of(2023, 6, 5), LocalDate.of(2023, 6, 1)))
                .isTrue();
    }

    @Test
    void firstQuoteOfASeriesHasNoBaseToName() {
        assertThat(GAP.exceeded(LocalDate.of(2026, 2, 11), null)).isFalse();
        assertThat(GAP.label(LocalDate.of(2026, 2, 11), null)).isEmpty();
    }

    @Test
    void gapBelowOneDayIsRefused() {
        assertThatThrownBy(() -> new PreviousGap(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1 day");
        assertThatThrownBy(() -> new PreviousGap(-5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new PreviousGap(10)).isEqualTo(PreviousGap.DEFAULT);
    }
}
