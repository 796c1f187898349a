package app.neodesk.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SeriesMathTest {

    private static final LocalDate FEB_10 = LocalDate.of(2026, 2, 10);
    private static final LocalDate FEB_11 = LocalDate.of(2026, 2, 11);
    private static final LocalDate FEB_12 = LocalDate.of(2026, 2, 12);
    private static final LocalDate FEB_13 = LocalDate.of(2026, 2, 13);

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static PricePoint range(LocalDate date, String low, String high) {
        return PricePoint.ofRange(date, d(low), d(high));
    }

    static PricePoint mid(LocalDate date, String mid) {
        return new PricePoint(date, d(mid), d(mid), d(mid));
    }

    @Nested
    class Changes {

        @Test
        void neodymiumMetalAcceptanceExampleGivesPlus35000AndPlus3point33Percent() {
            List<PointChange> changes = SeriesMath.changes(
                    List.of(range(FEB_10, "1045000", "1055000"), range(FEB_11, "1080000", "1090000")));

            assertThat(changes.get(1).change()).isEqualByComparingTo("35000");
            assertThat(changes.get(1).changePercent()).isEqualTo(d("3.33"));
        }

        @Test
        void neodymiumOxideAcceptanceExampleGivesPlus30000AndPlus3point43Percent() {
            List<PointChange> changes =
                    SeriesMath.changes(List.of(range(FEB_10, "870000", "880000"), range(FEB_11, "900000", "910000")));

            assertThat(changes.get(1).change()).isEqualByComparingTo("30000");
            assertThat(changes.get(1).changePercent()).isEqualTo(d("3.43"));
        }

        @Test
        void firstPointHasEmptyChangeNeverZero() {
            List<PointChange> changes = SeriesMath.changes(List.of(mid(FEB_10, "1050000"), mid(FEB_11, "1085000")));

            assertThat(changes.getFirst().change()).isNull();
            assertThat(changes.getFirst().changePercent()).isNull();
            assertThat(changes.getFirst().hasPrevious()).isFalse();
        }

        @Test
        void singlePointHasOneEmptyChange() {
            assertThat(SeriesMath.changes(List.of(mid(FEB_10, "100"))))
                    .containsExactly(new PointChange(FEB_10, null, null));
        }

        @Test
        void emptySeriesHasNoChanges() {
            assertThat(SeriesMath.changes(List.of())).isEmpty();
        }

        @Test
        void unchangedMidGivesZeroAndZeroPercentNotEmpty() {
            PointChange second = SeriesMath.changes(List.of(mid(FEB_10, "905000"), mid(FEB_11, "905000")))
                    .get(1);

            assertThat(second.change()).isEqualByComparingTo("0");
            assertThat(second.changePercent()).isEqualTo(d("0.00"));
        }

        @Test
        void changeIsAgainstPreviousQuoteNotPreviousCalendarDayAcrossGaps() {
            // No quote on Feb 11 and 12 (holiday): Feb 13 compares with Feb 10.
            PointChange last = SeriesMath.changes(List.of(mid(FEB_10, "1000"), mid(FEB_13, "1100")))
                    .get(1);

            assertThat(last.date()).isEqualTo(FEB_13);
            assertThat(last.change()).isEqualByComparingTo("100");
            assertThat(last.changePercent()).isEqualTo(d("10.00"));
        }

        @Test
        void changePercentRoundsHalfUpToTwoDecimals() {
            // 1 / 800 × 100 = 0.125 -> 0.13 (HALF_EVEN would give 0.12); -0.125 -> -0.13.
            List<PointChange> changes =
                    SeriesMath.changes(List.of(mid(FEB_10, "800"), mid(FEB_11, "801"), mid(FEB_12, "800")));

            assertThat(changes.get(1).changePercent()).isEqualTo(d("0.13"));
            assertThat(changes.get(2).changePercent()).isEqualTo(d("-0.12"));
        }

        @Test
        void pointsAreOrderedByDateBeforeChangesAreTaken() {
            List<PointChange> changes = SeriesMath.changes(List.of(mid(FEB_11, "110"), mid(FEB_10, "100")));

            assertThat(changes).extracting(PointChange::date).containsExactly(FEB_10, FEB_11);
            assertThat(changes.get(1).change()).isEqualByComparingTo("10");
        }

        @Test
        void twoQuotesOnOneDateAreRejected() {
            assertThatThrownBy(() -> SeriesMath.changes(List.of(mid(FEB_10, "1"), mid(FEB_10, "2"))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("2026-02-10");
        }
    }

    @Nested
    class Rebase {

        @Test
        void rebasesToHundredAtFirstPointOnOrAfterStartWithScaleFour() {
            List<PricePoint> rebased = SeriesMath.rebase(
                    List.of(mid(FEB_10, "900"), mid(FEB_12, "1050000"), mid(FEB_13, "1085000")), FEB_11);

            assertThat(rebased).extracting(PricePoint::date).containsExactly(FEB_12, FEB_13);
            assertThat(rebased.get(0).mid()).isEqualTo(d("100.0000"));
            // 1,085,000 / 1,050,000 × 100 = 103.33333… -> 103.3333
            assertThat(rebased.get(1).mid()).isEqualTo(d("103.3333"));
        }

        @Test
        void rebasingScalesLowAndHighByTheBaseMidSoTheBandKeepsItsShape() {
            List<PricePoint> rebased = SeriesMath.rebase(
                    List.of(range(FEB_10, "1045000", "1055000"), range(FEB_11, "1080000", "1090000")), FEB_10);

            assertThat(rebased.get(0).low()).isEqualTo(d("99.5238"));
            assertThat(rebased.get(0).high()).isEqualTo(d("100.4762"));
            assertThat(rebased.get(1).low()).isEqualTo(d("102.8571"));
            assertThat(rebased.get(1).high()).isEqualTo(d("103.8095"));
        }

        @Test
        void rebaseRoundsHalfUp() {
            // 2 / 3 × 100 = 66.66666… -> 66.6667; 1 / 8 × 100 = 12.5 exact -> 12.5000
            List<PricePoint> rebased =
                    SeriesMath.rebase(List.of(mid(FEB_10, "3"), mid(FEB_11, "2"), mid(FEB_12, "0.375")), FEB_10);

            assertThat(rebased).extracting(PricePoint::mid).containsExactly(d("100.0000"), d("66.6667"), d("12.5000"));
        }

        @Test
        void rebaseWithNoPointOnOrAfterStartIsEmpty() {
            assertThat(SeriesMath.rebase(List.of(mid(FEB_10, "1")), FEB_11)).isEmpty();
        }

        @Test
        void rebaseOfEmptySeriesIsEmpty() {
            assertThat(SeriesMath.rebase(List.of(), FEB_10)).isEmpty();
        }

        @Test
        void rebaseOfSinglePointIsHundred() {
            assertThat(SeriesMath.rebase(List.of(mid(FEB_10, "905000")), FEB_01()))
                    .containsExactly(new PricePoint(FEB_10, d("100.0000"), d("100.0000"), d("100.0000")));
        }

        @Test
        void rebaseOnZeroBaseMidIsRejectedWithTheDate() {
            assertThatThrownBy(() -> SeriesMath.rebase(List.of(mid(FEB_10, "0")), FEB_10))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("2026-02-10");
        }

        private static LocalDate FEB_01() {
            return LocalDate.of(2026, 2, 1);
        }
    }

    @Nested
    class SpreadAndRatio {

        private final List<PricePoint> metal =
                List.of(range(FEB_10, "1045000", "1055000"), range(FEB_11, "1080000", "1090000"));
        private final List<PricePoint> oxide =
                List.of(range(FEB_10, "870000", "880000"), range(FEB_11, "900000", "910000"));

        @Test
        void spreadWithoutFactorIsMetalMidMinusOxideMid() {
            assertThat(SeriesMath.spread(metal, oxide))
                    .containsExactly(new SeriesValue(FEB_10, d("175000.00")), new SeriesValue(FEB_11, d("180000.00")));
        }

        @Test
        void spreadWithMetalContentDividesTheOxideSideByTheFactorGivingTheProcessingMargin() {
            // 1,085,000 − 905,000 / 0.8574 = 1,085,000 − 1,055,516.678… = 29,483.32
            // 1,050,000 − 875,000 / 0.8574 = 1,050,000 − 1,020,527.175… = 29,472.82
            assertThat(SeriesMath.spread(metal, oxide, MetalContent.neodymiumOxideB()))
                    .containsExactly(new SeriesValue(FEB_10, d("29472.82")), new SeriesValue(FEB_11, d("29483.32")));
        }

        @Test
        void metalContentOnSideAAdjustsTheFirstSeries() {
            // oxide − metal with A as oxide: 905,000 / 0.8574 − 1,085,000 = −29,483.32
            assertThat(SeriesMath.spread(oxide, metal, MetalContent.neodymiumOxideA())
                            .get(1)
                            .value())
                    .isEqualTo(d("-29483.32"));
        }

        @Test
        void spreadLeavesOutDatesWhereEitherSideHasNoQuote() {
            List<PricePoint> a = List.of(mid(FEB_10, "10"), mid(FEB_11, "11"), mid(FEB_13, "13"));
            List<PricePoint> b = List.of(mid(FEB_11, "1"), mid(FEB_12, "2"), mid(FEB_13, "3"));

            assertThat(SeriesMath.spread(a, b))
                    .containsExactly(new SeriesValue(FEB_11, d("10.00")), new SeriesValue(FEB_13, d("10.00")));
        }

        @Test
        void spreadOfSeriesWithoutCommonDatesIsEmpty() {
            assertThat(SeriesMath.spread(List.of(mid(FEB_10, "1")), List.of(mid(FEB_11, "1"))))
                    .isEmpty();
        }

        @Test
        void spreadWithAnEmptySideIsEmpty() {
            assertThat(SeriesMath.spread(metal, List.of())).isEmpty();
            assertThat(SeriesMath.spread(List.of(), oxide)).isEmpty();
            assertThat(SeriesMath.ratio(List.of(), List.of())).isEmpty();
        }

        @Test
        void spreadOfSinglePointsOnTheSameDateHasOneValue() {
            assertThat(SeriesMath.spread(List.of(mid(FEB_10, "12.34")), List.of(mid(FEB_10, "10.01"))))
                    .containsExactly(new SeriesValue(FEB_10, d("2.33")));
        }

        @Test
        void ratioIsAOverBWithScaleSix() {
            // 1,085,000 / 905,000 = 1.198895027…
            assertThat(SeriesMath.ratio(metal, oxide).get(1)).isEqualTo(new SeriesValue(FEB_11, d("1.198895")));
        }

        @Test
        void ratioWithMetalContentComparesPerTonneOfContainedMetal() {
            // 1,085,000 / (905,000 / 0.8574) = 1,085,000 × 0.8574 / 905,000 = 1.0279325966… -> 1.027933
            assertThat(SeriesMath.ratio(metal, oxide, MetalContent.neodymiumOxideB())
                            .get(1)
                            .value())
                    .isEqualTo(d("1.027933"));
        }

        @Test
        void ratioLeavesOutDatesWhereEitherSideHasNoQuote() {
            List<PricePoint> a = List.of(mid(FEB_10, "10"), mid(FEB_12, "12"));
            List<PricePoint> b = List.of(mid(FEB_11, "4"), mid(FEB_12, "3"));

            assertThat(SeriesMath.ratio(a, b)).containsExactly(new SeriesValue(FEB_12, d("4.000000")));
        }

        @Test
        void ratioLeavesOutDatesWhereTheDenominatorIsZero() {
            assertThat(SeriesMath.ratio(List.of(mid(FEB_10, "1")), List.of(mid(FEB_10, "0"))))
                    .isEmpty();
        }

        @Test
        void metalFractionOutsideZeroToOneIsRejected() {
            assertThatThrownBy(() -> new MetalContent(MetalContent.OxideSide.B, d("1.1663")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("(0, 1]");
        }
    }

    @Nested
    class Points {

        @Test
        void midDefaultsToHalfOfLowPlusHigh() {
            assertThat(range(FEB_10, "1045000", "1055000").mid()).isEqualTo(d("1050000"));
            assertThat(range(FEB_10, "12.35", "12.40").mid()).isEqualTo(d("12.375"));
        }

        @Test
        void lowAboveHighIsRejected() {
            assertThatThrownBy(() -> new PricePoint(FEB_10, d("2"), d("1"), d("1.5")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("above high");
        }
    }
}
