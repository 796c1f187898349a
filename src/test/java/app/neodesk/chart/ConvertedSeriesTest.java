package app.neodesk.chart;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.quote.QuotePoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Converting a stored series, and slicing it by date, as the chart does. */
class ConvertedSeriesTest {

    private static final LocalDate DAY = LocalDate.of(2021, 3, 18);

    /** Stored rows at 4 decimals, as the database holds them: a rise, an unchanged day, a gap of a year. */
    private static List<QuotePoint> stored() {
        return List.of(
                row(DAY, "1085000.0000", null, null),
                row(DAY.plusDays(1), "1120000.0000", "1085000.0000", DAY),
                row(DAY.plusDays(2), "1120000.0000", "1120000.0000", DAY.plusDays(1)),
                row(DAY.plusYears(1), "983500.0000", "1120000.0000", DAY.plusDays(2)));
    }

    private static QuotePoint row(LocalDate date, String mid, String previousMid, LocalDate previousDate) {
        var m = new BigDecimal(mid);
        return new QuotePoint(date, m, m, m, previousMid == null ? null : new BigDecimal(previousMid), previousDate);
    }

    @Test
    void storedPricesArriveAtTheProductScaleWithChangesAgainstTheStoredPreviousQuote() {
        var converted = ConvertedSeries.of(stored(), 0);

        assertThat(converted.points())
                .extracting(p -> p.mid().toPlainString())
                .containsExactly("1085000", "1120000", "1120000", "983500");
        assertThat(converted.changes().getFirst().change())
                .as("no previous quote: empty")
                .isNull();
        assertThat(converted.changes().get(2).change()).as("unchanged day").isEqualByComparingTo("0");
        assertThat(converted.changes().get(3).change()).isEqualByComparingTo("-136500");
        assertThat(converted.changes().get(3).changePercent()).isEqualByComparingTo("-12.19");
    }

    @Test
    void aSliceIsTheConvertedRowsOfItsDatesWithTheirChangesKept() {
        var converted = ConvertedSeries.of(stored(), 0);

        var year = converted.slice(DAY.plusDays(2), DAY.plusYears(1));
        assertThat(year.points()).extracting(PricePoint::date).containsExactly(DAY.plusDays(2), DAY.plusYears(1));
        assertThat(year.changes().getLast().previousDate())
                .as("the quote before the gap")
                .isEqualTo(DAY.plusDays(2));
        assertThat(converted.slice(DAY.plusDays(3), DAY.plusDays(300)).points())
                .as("inside the gap")
                .isEmpty();
        assertThat(converted.slice(DAY.plusDays(1), DAY).points())
                .as("from after to")
                .isEmpty();
        assertThat(converted.slice(DAY.minusYears(5), DAY.plusYears(5)))
                .as("the whole series")
                .isSameAs(converted);
    }
}
