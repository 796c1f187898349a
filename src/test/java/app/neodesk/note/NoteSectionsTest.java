package app.neodesk.note;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.driver.Direction;
import app.neodesk.driver.DriverCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoteSectionsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Supply Side: Quotas tighten | SUPPLY",
                "Supply: | SUPPLY",
                "Demand Side | DEMAND",
                "Policy Front: Export controls | POLICY",
                "Macroeconomic and Capital Dynamics: Funds flow in | MACRO",
                "Market Outlook: Sideways | OUTLOOK",
                "供应端：配额收紧 | SUPPLY",
                "二、需求端 | DEMAND",
                "【政策面】出口管制 | POLICY",
                "宏观 | MACRO",
                "资金面：流入 | MACRO",
                "(5) 后市展望 | OUTLOOK",
                "1. Outlook | OUTLOOK"
            })
    void recognisesHeadingsInBothLanguages(String line, DriverCategory category) {
        assertThat(NoteSections.heading(line))
                .isNotNull()
                .satisfies(h -> assertThat(h.category()).isEqualTo(category));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "On February 11, 2026, data from the Yangtze Nonferrous Metals Network showed that supply is tight.",
                "据长江有色金属网数据显示：金属钕均价108.5万元/吨",
                "Neodymium metal",
                "Prices rose sharply. Supply is tight."
            })
    void priceLinesAndSentencesAreNoHeadings(String line) {
        assertThat(NoteSections.heading(line)).isNull();
    }

    @Test
    void aLongTextAfterTheLabelIsTheBody() {
        var body = "Quotas are tight and imports fall; ".repeat(8).strip();
        var split = NoteSections.split("Supply: " + body + "\nOutlook: stable");
        assertThat(split.sections()).hasSize(2);
        assertThat(split.sections().getFirst().title()).isEqualTo("Supply");
        assertThat(split.sections().getFirst().body()).isEqualTo(body);
        assertThat(split.sections().get(1).title()).isEqualTo("Outlook: stable");
    }

    @Test
    void paragraphsOfASectionAreKeptAndTheRestIsThePricePart() {
        var split = NoteSections.split("Prices rose.\n\nDemand Side\nFirst paragraph.\n\nSecond paragraph.\n");
        assertThat(split.rest()).isEqualTo("Prices rose.\n");
        assertThat(split.sections().getFirst().body()).isEqualTo("First paragraph.\n\nSecond paragraph.");
    }

    @Test
    void directionFollowsTheWording() {
        assertThat(DirectionWords.propose("Supply tight", "Shortage drives prices to surge."))
                .isEqualTo(Direction.BULLISH);
        assertThat(DirectionWords.propose("Demand weak", "Orders fall and prices ease."))
                .isEqualTo(Direction.BEARISH);
        assertThat(DirectionWords.propose("Outlook", "Prices are expected to trade sideways, range-bound."))
                .isEqualTo(Direction.NEUTRAL);
        assertThat(DirectionWords.propose("供应端", "现货紧张，价格上涨，走势偏强。")).isEqualTo(Direction.BULLISH);
        assertThat(DirectionWords.propose("需求端", "需求偏弱，成交宽松，价格下跌。")).isEqualTo(Direction.BEARISH);
        assertThat(DirectionWords.propose("后市展望", "预计价格持稳，区间震荡。")).isEqualTo(Direction.NEUTRAL);
    }

    @Test
    void aTieIsNeutral() {
        assertThat(DirectionWords.propose("Mixed", "Supply is tight but demand is weak."))
                .isEqualTo(Direction.NEUTRAL);
        assertThat(DirectionWords.propose("Policy", "New rules were published."))
                .isEqualTo(Direction.NEUTRAL);
        assertThat(DirectionWords.propose("Policy", "increasing costs")).isEqualTo(Direction.BULLISH);
    }
}
