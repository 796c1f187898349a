package app.neodesk.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RangePresetTest {

    private static final LocalDate END = LocalDate.of(2026, 2, 11);
    private static final LocalDate EARLIEST = LocalDate.of(2015, 1, 5);

    @ParameterizedTest(name = "{0} ending 2026-02-11 starts on {1}")
    @CsvSource({
        "1M, 2026-01-11",
        "3M, 2025-11-11",
        "6M, 2025-08-11",
        "YTD, 2026-01-01",
        "1Y, 2025-02-11",
        "5Y, 2021-02-11",
        "All, 2015-01-05",
    })
    void presetsResolveBackwardsFromTheEndDate(String code, LocalDate expected) {
        assertThat(RangePreset.parse(code).from(END, EARLIEST)).isEqualTo(expected);
    }

    @Test
    void oneMonthFromMonthEndClampsToTheShorterMonth() {
        assertThat(RangePreset.ONE_MONTH.from(LocalDate.of(2026, 3, 31), EARLIEST))
                .isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void presetNeverStartsBeforeTheEarliestDate() {
        LocalDate earliest = LocalDate.of(2024, 6, 3);
        assertThat(RangePreset.FIVE_YEARS.from(END, earliest)).isEqualTo(earliest);
        assertThat(RangePreset.ONE_MONTH.from(END, earliest)).isEqualTo(LocalDate.of(2026, 1, 11));
    }

    @Test
    void earliestAfterEndIsRejected() {
        assertThatThrownBy(() -> RangePreset.ALL.from(END, END.plusDays(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("after end date");
    }

    @ParameterizedTest
    @CsvSource({"1m, ONE_MONTH", "ytd, YEAR_TO_DATE", "Ytd, YEAR_TO_DATE", "all, ALL", "' 5y ', FIVE_YEARS"})
    void codesParseIgnoringCaseAndBlanks(String code, RangePreset expected) {
        assertThat(RangePreset.parse(code)).isEqualTo(expected);
    }

    @Test
    void badCodeIsRejectedNamingItAndTheValidCodes() {
        assertThatThrownBy(() -> RangePreset.parse("2W"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "Unknown range preset '2W'. Use one of: 1M, 3M, 6M, YTD, 1Y, 5Y, All (case does not matter).");
    }

    @Test
    void everyCodeRoundTrips() {
        for (RangePreset preset : RangePreset.values()) {
            assertThat(RangePreset.parse(preset.code())).isSameAs(preset);
            assertThat(RangePreset.parse(preset.urlCode())).isSameAs(preset);
        }
    }
}
