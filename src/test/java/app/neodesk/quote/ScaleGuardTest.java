package app.neodesk.quote;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.catalog.Element;
import app.neodesk.catalog.MarketBasis;
import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.PriceCurrency;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.UnitHistory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scale guard's rule and words, without a database. */
class ScaleGuardTest {

    private final ScaleGuard guard =
            new ScaleGuard(null, new QuoteSettings(LocalDate.of(1990, 1, 1), 10, new BigDecimal("3")), null);

    private static Product product(PriceUnit unit) {
        return new Product(
                "dy-oxide-test",
                Element.DY,
                MaterialForm.OXIDE,
                new BigDecimal("99.5"),
                MarketBasis.CN_EXW,
                PriceCurrency.CNY,
                unit,
                0);
    }

    private static ScaleGuard.Level level(String date, String mid) {
        return new ScaleGuard.Level(LocalDate.parse(date), new BigDecimal(mid));
    }

    @Test
    void cnyPerTonneIntoACnyPerKgProductIsAboutAThousandTimesTheLevel() {
        var finding = guard.judge(
                product(PriceUnit.KG),
                LocalDate.of(2024, 3, 11),
                new BigDecimal("1410000"),
                level("2024-03-08", "1455"),
                UnitHistory.NONE);
        assertThat(finding).hasValueSatisfying(f -> {
            assertThat(f.message())
                    .isEqualTo("1,410,000 is ~1,000× the recent level of 1,455 CNY/kg: is the unit right?");
            assertThat(f.ratioText()).isEqualTo("~1,000×");
            assertThat(f.above()).isTrue();
        });
    }

    @Test
    void cnyPerKgIntoACnyPerTonneProductIsAboutAThousandthOfTheLevel() {
        var finding = guard.judge(
                product(PriceUnit.T),
                LocalDate.of(2024, 3, 11),
                new BigDecimal("1455"),
                level("2024-03-11", "1410000"),
                UnitHistory.NONE);
        assertThat(finding)
                .hasValueSatisfying(f -> assertThat(f.message())
                        .isEqualTo("1,455 is ~1/1,000 of the recent level of 1,410,000 CNY/t: is the unit right?"));
    }

    @Test
    void withinThreeTimesEitherWayPasses() {
        var p = product(PriceUnit.KG);
        var day = LocalDate.of(2024, 3, 11);
        assertThat(guard.judge(p, day, new BigDecimal("4365"), level("2024-03-08", "1455"), UnitHistory.NONE))
                .as("exactly 3×")
                .isEmpty();
        assertThat(guard.judge(p, day, new BigDecimal("485"), level("2024-03-08", "1455"), UnitHistory.NONE))
                .as("exactly 1/3")
                .isEmpty();
        assertThat(guard.judge(p, day, new BigDecimal("4366"), level("2024-03-08", "1455"), UnitHistory.NONE))
                .isPresent();
        assertThat(guard.judge(p, day, new BigDecimal("484"), level("2024-03-08", "1455"), UnitHistory.NONE))
                .isPresent();
    }

    @Test
    void aLevelFromYearsAwaySaysItsDate() {
        var finding = guard.judge(
                product(PriceUnit.KG),
                LocalDate.of(2021, 6, 1),
                new BigDecimal("2000000"),
                level("2014-05-02", "2000"),
                UnitHistory.NONE);
        assertThat(finding)
                .hasValueSatisfying(
                        f -> assertThat(f.message())
                                .isEqualTo(
                                        "2,000,000 is ~1,000× the nearest stored level of 2,000 CNY/kg (2014-05-02): is the unit right?"));
    }

    @Test
    void theLevelIsTheLatestQuoteWithinThirtyDaysBeforeElseTheNearestEitherSide() {
        var levels = ScaleGuard.Levels.of(List.of(
                level("2014-05-02", "2000"),
                level("2021-03-01", "3000"),
                level("2021-03-20", "3100"),
                level("2023-01-10", "5000")));
        assertThat(levels.at(LocalDate.of(2021, 3, 25)))
                .get()
                .extracting(ScaleGuard.Level::mid)
                .isEqualTo(new BigDecimal("3100"));
        assertThat(levels.at(LocalDate.of(2021, 3, 20)))
                .as("the same day counts")
                .get()
                .extracting(ScaleGuard.Level::mid)
                .isEqualTo(new BigDecimal("3100"));
        assertThat(levels.at(LocalDate.of(2016, 1, 1)))
                .as("nearer to 2014 than to 2021")
                .get()
                .extracting(ScaleGuard.Level::mid)
                .isEqualTo(new BigDecimal("2000"));
        assertThat(levels.at(LocalDate.of(2020, 1, 1)))
                .as("nearer to 2021 after it")
                .get()
                .extracting(ScaleGuard.Level::mid)
                .isEqualTo(new BigDecimal("3000"));
        assertThat(levels.at(LocalDate.of(2010, 1, 1)))
                .as("only quotes after")
                .get()
                .extracting(ScaleGuard.Level::mid)
                .isEqualTo(new BigDecimal("2000"));
        assertThat(levels.at(LocalDate.of(2026, 1, 1)))
                .get()
                .extracting(ScaleGuard.Level::mid)
                .isEqualTo(new BigDecimal("5000"));
        assertThat(ScaleGuard.Levels.of(List.of()).at(LocalDate.of(2021, 1, 1)))
                .as("nothing stored")
                .isEmpty();
    }
}
