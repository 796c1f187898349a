package app.neodesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.catalog.Element;
import app.neodesk.catalog.MarketBasis;
import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.PriceCurrency;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.QuoteUnit;
import app.neodesk.quote.PreviousGap;
import app.neodesk.quote.PriceChange;
import app.neodesk.quote.QuotePoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The tile arithmetic on hand-made series: what the base of each span is, and when there is none. */
class TileFiguresTest {

    private static final QuoteUnit CNY_T = QuoteUnit.of(PriceCurrency.CNY, PriceUnit.T);
    private static final QuoteUnit CNY_KG = QuoteUnit.of(PriceCurrency.CNY, PriceUnit.KG);
    private static final QuoteUnit USD_KG = QuoteUnit.of(PriceCurrency.USD, PriceUnit.KG);
    private static final Product PRODUCT = new Product(
            "nd-metal-x",
            Element.ND,
            MaterialForm.METAL,
            new BigDecimal("99.5"),
            MarketBasis.CN_EXW,
            PriceCurrency.CNY,
            PriceUnit.T,
            0);

    /** A contiguous series "date mid, date mid, …", each quote carrying the one before (or {@code before}). */
    private static List<QuotePoint> series(@Nullable String before, String... quotes) {
        var points = new ArrayList<QuotePoint>();
        LocalDate prevDate = before == null ? null : LocalDate.parse(before.split(" ")[0]);
        BigDecimal prevMid = before == null ? null : new BigDecimal(before.split(" ")[1]);
        for (var q : quotes) {
            var date = LocalDate.parse(q.split(" ")[0]);
            var mid = new BigDecimal(q.split(" ")[1]);
            points.add(new QuotePoint(date, mid, mid, mid, prevMid, prevDate));
            prevDate = date;
            prevMid = mid;
        }
        return points;
    }

    private static WatchTile tile(List<QuotePoint> period, Function<LocalDate, QuoteUnit> units) {
        var last = period.getLast().date();
        return TileFigures.of(
                PRODUCT,
                null,
                new WatchTile.Period("3M", last.minusMonths(3), last),
                period,
                units,
                PreviousGap.DEFAULT);
    }

    private static WatchTile tile(List<QuotePoint> period) {
        return tile(period, d -> CNY_T);
    }

    @Test
    void weekCompareWithTheLatestQuoteOnOrBeforeSevenDaysEarlier() {
        // Friday 2023-08-25 is exactly 7 days before; the Monday after it is too late
        var t = tile(series(null, "2023-08-24 610000", "2023-08-25 625000", "2023-08-28 640000", "2023-09-01 650000"));
        assertThat(t.change(ChangeSpan.WEEK).baseDate()).isEqualTo(LocalDate.of(2023, 8, 25));
        assertThat(t.change(ChangeSpan.WEEK).change())
                .isEqualTo(new PriceChange(new BigDecimal("25000"), new BigDecimal("4.00")));
    }

    @Test
    void unchangedWeekIsAPresentChangeOfZeroNotAnEmptyOne() {
        var t = tile(series(null, "2023-08-11 610000", "2023-08-14 615000", "2023-08-18 610000"));
        var week = t.change(ChangeSpan.WEEK).change();
        assertThat(week.isPresent()).isTrue();
        assertThat(week.direction()).isZero();
        assertThat(week.percent()).isEqualByComparingTo("0");
        assertThat(t.change(ChangeSpan.DAY).change().amount()).isEqualByComparingTo("-5000");
    }

    @Test
    void noQuoteThatFarBackLeavesTheChangeEmpty() {
        var t = tile(series(null, "2023-08-28 640000", "2023-09-01 650000"));
        assertThat(t.change(ChangeSpan.DAY).change().isPresent()).isTrue();
        assertThat(t.change(ChangeSpan.WEEK).change()).isEqualTo(PriceChange.NONE);
        assertThat(t.change(ChangeSpan.MONTH).change()).isEqualTo(PriceChange.NONE);
        assertThat(t.change(ChangeSpan.MONTH).baseDate()).isNull();
    }

    @Test
    void baseBeforeThePeriodComesFromTheFirstQuotesPreviousAndNamesItsDateAfterAGap() {
        var t = tile(series("2019-05-20 500000", "2023-08-30 640000", "2023-08-31 660000"));
        for (var span : List.of(ChangeSpan.WEEK, ChangeSpan.MONTH)) {
            assertThat(t.change(span).baseDate()).isEqualTo(LocalDate.of(2019, 5, 20));
            assertThat(t.change(span).versusDate())
                    .as("a base years back is named")
                    .isEqualTo(LocalDate.of(2019, 5, 20));
            assertThat(t.change(span).change().percent()).isEqualByComparingTo("32.00");
        }
        assertThat(t.change(ChangeSpan.DAY).versusDate()).isNull();
    }

    @Test
    void monthEndClampsToTheShorterMonth() {
        // 2024-03-31 − 1 month = 2024-02-29 (leap year)
        var t = tile(series(null, "2024-02-28 100", "2024-02-29 110", "2024-03-01 120", "2024-03-31 132"));
        assertThat(t.change(ChangeSpan.MONTH).baseDate()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(t.change(ChangeSpan.MONTH).change().percent()).isEqualByComparingTo("20.00");
    }

    @Test
    void baseBeforeAUnitChangeIsConvertedExactlyToTheLatestUnit() {
        Function<LocalDate, QuoteUnit> units = d -> d.isBefore(LocalDate.of(2023, 9, 4)) ? CNY_T : CNY_KG;
        var t = tile(series(null, "2023-08-25 2430000", "2023-09-01 2490000", "2023-09-04 2490"), units);
        assertThat(t.last().unit()).isEqualTo(CNY_KG);
        assertThat(t.change(ChangeSpan.DAY).change().isPresent()).isTrue();
        assertThat(t.change(ChangeSpan.DAY).change().direction())
                .as("2,490,000 CNY/t is 2,490 CNY/kg: nc")
                .isZero();
        assertThat(t.change(ChangeSpan.WEEK).change().amount()).isEqualByComparingTo("60");
        assertThat(t.sparkline())
                .extracting(WatchTile.Point::mid)
                .map(BigDecimal::toPlainString)
                .containsExactly("2430", "2490", "2490");
        assertThat(t.sparklineTrend().amount())
                .as("the trend compares in the latest unit")
                .isEqualByComparingTo("60");
    }

    @Test
    void sparklineTrendRunsFromItsFirstMidToItsLast() {
        var fall = tile(series(null, "2023-08-25 650000", "2023-08-31 660000", "2023-09-01 640000"));
        assertThat(fall.sparklineTrend().direction()).isNegative();
        assertThat(fall.sparklineTrend().amount()).isEqualByComparingTo("-10000");
        var flat = tile(series(null, "2023-08-25 640000", "2023-09-01 640000"));
        assertThat(flat.sparklineTrend().isPresent()).isTrue();
        assertThat(flat.sparklineTrend().direction()).isZero();
    }

    @Test
    void baseInAnotherCurrencyIsNeverCompared() {
        Function<LocalDate, QuoteUnit> units = d -> d.isBefore(LocalDate.of(2023, 9, 1)) ? USD_KG : CNY_KG;
        var t = tile(series(null, "2023-08-25 340", "2023-08-31 345", "2023-09-01 2490"), units);
        for (var span : ChangeSpan.values()) {
            assertThat(t.change(span).change()).as(span.label()).isEqualTo(PriceChange.NONE);
        }
        assertThat(t.sparkline()).hasSize(1);
    }

    @Test
    void singleQuoteHasNoChangeAndOnePoint() {
        var t = tile(series(null, "2023-09-01 640000"));
        for (var span : ChangeSpan.values()) {
            assertThat(t.change(span).change()).isEqualTo(PriceChange.NONE);
        }
        assertThat(t.sparkline()).hasSize(1);
        assertThat(t.sparklineTrend()).as("one point has no trend").isEqualTo(PriceChange.NONE);
        assertThat(t.last().low()).isEqualByComparingTo("640000");
    }
}
