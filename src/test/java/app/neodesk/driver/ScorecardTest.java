package app.neodesk.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scorecard math on in-memory price lists. */
class ScorecardTest {

    private static final LocalDate NOTE = LocalDate.of(2026, 2, 11);

    @Test
    void movesAreCountedInQuotesAfterTheBaseAcrossGapsWithPercentRoundedHalfUp() {
        // Base on 02-10 (no quote on the note date); then quotes with a weekend and a holiday gap.
        var mids = new ArrayList<DatedMid>();
        mids.add(mid("2026-02-10", "1050000"));
        mids.add(mid("2026-02-12", "1085000"));
        mids.add(mid("2026-02-13", "1090000"));
        mids.add(mid("2026-02-24", "1080000"));
        mids.add(mid("2026-02-25", "1070000"));
        mids.add(mid("2026-02-26", "1100000"));
        var score = Scorecard.score(1, "nd-metal-cn", NOTE, mids);

        assertThat(score.base()).isEqualTo(mid("2026-02-10", "1050000"));
        var one = score.moves().get(0);
        assertThat(one.horizon()).isEqualTo(1);
        assertThat(one.date()).isEqualTo(LocalDate.of(2026, 2, 12));
        assertThat(one.change()).isEqualByComparingTo("35000");
        assertThat(one.changePercent()).isEqualByComparingTo("3.33");
        var five = score.moves().get(1);
        assertThat(five.date()).as("the 5th quote, not the 5th day").isEqualTo(LocalDate.of(2026, 2, 26));
        assertThat(five.changePercent()).isEqualByComparingTo("4.76");
        assertThat(one.hit(Direction.BULLISH)).isTrue();
        assertThat(one.hit(Direction.BEARISH)).isFalse();
        assertThat(one.hit(Direction.NEUTRAL)).isNull();
    }

    @Test
    void horizonsWithoutEnoughQuotesArePendingNotZero() {
        var score = Scorecard.score(
                1, "nd-oxide-cn", NOTE, List.of(mid("2026-02-11", "875000"), mid("2026-02-12", "905000")));
        assertThat(score.moves()).extracting(Scorecard.HorizonMove::horizon).containsExactly(1, 5, 20);
        assertThat(score.moves().get(0).pending()).isFalse();
        assertThat(score.moves().get(0).changePercent()).isEqualByComparingTo("3.43");
        assertThat(score.moves().get(1).pending()).isTrue();
        assertThat(score.moves().get(1).change()).isNull();
        assertThat(score.moves().get(2).pending()).isTrue();
        assertThat(score.moves().get(1).hit(Direction.BULLISH)).isNull();
    }

    @Test
    void noQuoteOnOrBeforeTheDateMeansNoPriceDataAndUnsortedInputIsSorted() {
        assertThat(Scorecard.score(1, "x", NOTE, List.of(mid("2026-02-12", "1")))
                        .hasPriceData())
                .isFalse();
        assertThat(Scorecard.score(1, "x", NOTE, List.of()).hasPriceData()).isFalse();
        var score = Scorecard.score(1, "x", NOTE, List.of(mid("2026-02-12", "110"), mid("2026-02-09", "100")));
        assertThat(score.base().date()).isEqualTo(LocalDate.of(2026, 2, 9));
        assertThat(score.moves().getFirst().changePercent()).isEqualByComparingTo("10.00");
    }

    @Test
    void summaryGivesTheHitRateOfTheAnnotatedDirectionAndTheMedianMove() {
        var up = Scorecard.score(1, "a", NOTE, List.of(mid("2026-02-11", "100"), mid("2026-02-12", "110")));
        var upSmall = Scorecard.score(2, "b", NOTE, List.of(mid("2026-02-11", "100"), mid("2026-02-12", "102")));
        var down = Scorecard.score(3, "c", NOTE, List.of(mid("2026-02-11", "100"), mid("2026-02-12", "95")));
        var flat = Scorecard.score(4, "d", NOTE, List.of(mid("2026-02-11", "100"), mid("2026-02-12", "100")));
        var pending = Scorecard.score(5, "e", NOTE, List.of(mid("2026-02-11", "100")));
        var noData = Scorecard.score(6, "f", NOTE, List.of());
        var rows = Scorecard.summarise(List.of(
                new Scorecard.Outcome(DriverCategory.SUPPLY, Direction.BULLISH, up),
                new Scorecard.Outcome(DriverCategory.SUPPLY, Direction.BULLISH, upSmall),
                new Scorecard.Outcome(DriverCategory.SUPPLY, Direction.BULLISH, down),
                new Scorecard.Outcome(DriverCategory.SUPPLY, Direction.BULLISH, flat),
                new Scorecard.Outcome(DriverCategory.SUPPLY, Direction.BULLISH, pending),
                new Scorecard.Outcome(DriverCategory.SUPPLY, Direction.BULLISH, noData),
                new Scorecard.Outcome(DriverCategory.OUTLOOK, Direction.NEUTRAL, up)));

        var supplyOne = rows.stream()
                .filter(r -> r.category() == DriverCategory.SUPPLY && r.horizon() == 1)
                .findFirst()
                .orElseThrow();
        assertThat(supplyOne.resolved()).isEqualTo(4);
        assertThat(supplyOne.pending()).isEqualTo(1);
        assertThat(supplyOne.hits()).as("a flat price is not a hit").isEqualTo(2);
        assertThat(supplyOne.hitRatePercent()).isEqualByComparingTo("50.0");
        assertThat(supplyOne.medianMovePercent()).as("median of -5, 0, 2, 10").isEqualByComparingTo("1.00");

        var supplyFive = rows.stream()
                .filter(r -> r.category() == DriverCategory.SUPPLY && r.horizon() == 5)
                .findFirst()
                .orElseThrow();
        assertThat(supplyFive.resolved()).isZero();
        assertThat(supplyFive.pending()).isEqualTo(5);
        assertThat(supplyFive.hitRatePercent()).isNull();
        assertThat(supplyFive.medianMovePercent()).as("pending, not 0").isNull();

        var neutral = rows.stream()
                .filter(r -> r.direction() == Direction.NEUTRAL && r.horizon() == 1)
                .findFirst()
                .orElseThrow();
        assertThat(neutral.hitRatePercent())
                .as("neutral has no direction to hit")
                .isNull();
        assertThat(neutral.medianMovePercent()).isEqualByComparingTo("10.00");
    }

    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        assertThat(Scorecard.median(List.of(new BigDecimal("3.33"), new BigDecimal("-1.5"), new BigDecimal("9"))))
                .isEqualByComparingTo("3.33");
        assertThat(Scorecard.median(List.of())).isNull();
    }

    private static DatedMid mid(String date, String mid) {
        return new DatedMid(LocalDate.parse(date), new BigDecimal(mid));
    }
}
