package app.neodesk.note;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.QuoteUnit;
import app.neodesk.driver.Direction;
import app.neodesk.driver.DriverCategory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class NoteGrammarTest {

    static String note(String name) {
        try (var in = NoteGrammarTest.class.getResourceAsStream("/notes/" + name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ParsedNote parse(String text) {
        return NoteGrammar.parse(text, TestNames.PRODUCTS, TestNames.SOURCES);
    }

    private static PriceMention only(String text) {
        var prices = parse(text).prices();
        assertThat(prices).hasSize(1);
        return prices.getFirst();
    }

    private static BigDecimal value(NoteAmount a) {
        return a.unit()
                .toQuoteUnit()
                .orElseThrow()
                .convert(a.value(), QuoteUnit.of(a.unit().currency(), PriceUnit.T));
    }

    @Test
    void theSeedNoteGivesTwoPricesFiveSectionsItsDateAndTheDataSource() {
        var note = parse(note("seed-en-2026-02-11.txt"));
        assertThat(note.date()).isEqualTo(LocalDate.of(2026, 2, 11));
        assertThat(note.sourceCode()).isEqualTo("yangtze");
        assertThat(note.sourceCodes()).containsExactly("yangtze", "sunsirs");
        assertThat(note.prices()).extracting(PriceMention::productCode).containsExactly("nd-metal-cn", "nd-oxide-cn");
        var metal = note.prices().get(0);
        assertThat(value(metal.mid())).isEqualByComparingTo("1085000");
        assertThat(value(metal.low())).isEqualByComparingTo("1080000");
        assertThat(value(metal.high())).isEqualByComparingTo("1090000");
        assertThat(value(metal.change())).isEqualByComparingTo("35000");
        assertThat(metal.changePercent()).isEqualByComparingTo("3.33");
        var oxide = note.prices().get(1);
        assertThat(value(oxide.mid())).isEqualByComparingTo("905000");
        assertThat(value(oxide.low())).isEqualByComparingTo("900000");
        assertThat(value(oxide.high())).isEqualByComparingTo("910000");
        assertThat(value(oxide.change())).isEqualByComparingTo("30000");
        assertThat(oxide.changePercent()).isEqualByComparingTo("3.43");
        assertThat(note.sections())
                .extracting(NoteSection::category)
                .containsExactly(
                        DriverCategory.SUPPLY,
                        DriverCategory.DEMAND,
                        DriverCategory.POLICY,
                        DriverCategory.MACRO,
                        DriverCategory.OUTLOOK);
        assertThat(note.sections()).extracting(NoteSection::direction).containsOnly(Direction.BULLISH);
        assertThat(note.sections().getFirst().title())
                .isEqualTo("Supply Side: Quota Controls and Resource Nationalism Converge to Create Supply Crisis");
        assertThat(note.sections().getFirst().body()).startsWith("Current neodymium supply faces dual constraints");
        assertThat(note.sections().getLast().body())
                .endsWith("shifts in global macro liquidity.")
                .doesNotContain("support@sunsirs.com");
    }

    @Test
    void aChineseNoteInTenThousandYuanPerTonneIsConvertedExactly() {
        var note = parse(note("cn-smm-2025-11-18.txt"));
        assertThat(note.date()).isEqualTo(LocalDate.of(2025, 11, 18));
        assertThat(note.sourceCode()).isEqualTo("smm");
        assertThat(note.prices())
                .extracting(PriceMention::productCode)
                .containsExactly("nd-metal-cn", "prnd-oxide-cn", "nd-oxide-cn");
        var metal = note.prices().get(0);
        assertThat(value(metal.mid())).isEqualByComparingTo("1085000");
        assertThat(value(metal.low())).isEqualByComparingTo("1080000");
        assertThat(value(metal.change())).isEqualByComparingTo("35000");
        assertThat(metal.changePercent()).isEqualByComparingTo("3.33");
        var prnd = note.prices().get(1);
        assertThat(value(prnd.mid())).isEqualByComparingTo("852500");
        assertThat(value(prnd.high())).isEqualByComparingTo("855000");
        assertThat(value(prnd.change())).isEqualByComparingTo("-5000");
        assertThat(prnd.changePercent()).isEqualByComparingTo("-0.58");
        var oxide = note.prices().get(2);
        assertThat(value(oxide.change())).isZero();
        assertThat(oxide.changePercent()).isZero();
        assertThat(value(oxide.mid())).isEqualByComparingTo("905000");
        assertThat(note.sections())
                .extracting(NoteSection::category)
                .containsExactly(
                        DriverCategory.SUPPLY,
                        DriverCategory.DEMAND,
                        DriverCategory.POLICY,
                        DriverCategory.MACRO,
                        DriverCategory.OUTLOOK);
        assertThat(note.sections())
                .extracting(NoteSection::direction)
                .containsExactly(
                        Direction.BULLISH, Direction.BULLISH, Direction.BULLISH, Direction.BULLISH, Direction.NEUTRAL);
        assertThat(note.sections().getFirst().title()).isEqualTo("供应端：配额收紧，现货偏紧");
        assertThat(note.sections().getLast().body()).doesNotContain("免责声明");
    }

    @Test
    void aHeavyRareEarthNoteKeepsYuanPerKilogram() {
        var note = parse(note("heavy-yangtze-2025-10-09.txt"));
        assertThat(note.date()).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(note.sourceCode()).isEqualTo("yangtze");
        var dy = note.prices().get(0);
        assertThat(dy.productCode()).isEqualTo("dy-oxide-cn");
        assertThat(dy.mid().value()).isEqualByComparingTo("1410");
        assertThat(dy.mid().unit().label()).isEqualTo("CNY/kg");
        assertThat(dy.low().value()).isEqualByComparingTo("1400");
        assertThat(dy.change().value()).isEqualByComparingTo("-15");
        assertThat(dy.changePercent()).isEqualByComparingTo("-1.05");
        var tb = note.prices().get(1);
        assertThat(tb.productCode()).isEqualTo("tb-oxide-cn");
        assertThat(tb.mid().value()).isEqualByComparingTo("6850");
        assertThat(tb.low().value()).isEqualByComparingTo("6800");
        assertThat(tb.low().unit().label()).isEqualTo("CNY/kg");
        assertThat(tb.high().value()).isEqualByComparingTo("6900");
        assertThat(tb.change().value()).isZero();
        assertThat(note.sections())
                .extracting(NoteSection::direction)
                .containsExactly(Direction.BEARISH, Direction.BEARISH, Direction.NEUTRAL);
    }

    @Test
    void aNameNoAliasKnowsIsKeptWithItsNumbers() {
        var note = parse(note("unknown-product-2025-09-16.txt"));
        assertThat(note.prices()).extracting(PriceMention::name).containsExactly("金属镨钕", "氧化镨钕");
        assertThat(note.prices().getFirst().productCode()).isNull();
        assertThat(value(note.prices().getFirst().mid())).isEqualByComparingTo("862000");
        assertThat(note.prices().get(1).productCode()).isEqualTo("prnd-oxide-cn");
    }

    @Test
    void aNoteWithoutNumbersHasSectionsButNoPrices() {
        var note = parse(note("no-numbers.txt"));
        assertThat(note.prices()).isEmpty();
        assertThat(note.date()).isNull();
        assertThat(note.sections()).hasSize(2);
    }

    @Test
    void fallsAreNegative() {
        assertThat(only("Neodymium oxide fell by CNY 10,000/t to 895,000 yuan/t.")
                        .change()
                        .value())
                .isEqualByComparingTo("-10000");
        assertThat(only("Neodymium oxide fell by CNY 10,000/t to 895,000 yuan/t.")
                        .mid()
                        .value())
                .isEqualByComparingTo("895000");
        assertThat(only("氧化钕均价89.5万元/吨，下跌1万元/吨，跌幅1.1%。").changePercent()).isEqualByComparingTo("-1.1");
        assertThat(only("Nd metal at CNY 1,050,000/t, down CNY 5,000, or 0.47%.")
                        .changePercent())
                .isEqualByComparingTo("-0.47");
        assertThat(only("Nd metal: CNY 1,050,000/t (−5,000).").change().value()).isEqualByComparingTo("-5000");
    }

    @Test
    void unchangedMeansAChangeOfZero() {
        var flat = only("Neodymium oxide was flat at 905,000 RMB/ton.");
        assertThat(flat.change().value()).isZero();
        assertThat(flat.mid().value()).isEqualByComparingTo("905000");
        assertThat(only("氧化钕价格持平，报90.5万元/吨。").changePercent()).isZero();
        assertThat(only("Neodymium oxide remained unchanged at CNY 905,000 per ton.")
                        .change()
                        .value())
                .isZero();
    }

    @Test
    void aMovementWordBeforeToIntroducesTheLevelNotTheChange() {
        var up = only("Nd metal rose to CNY 1,085,000/t, up CNY 35,000.");
        assertThat(up.mid().value()).isEqualByComparingTo("1085000");
        assertThat(up.change().value()).isEqualByComparingTo("35000");
        var cn = only("金属钕上涨至108.5万元/吨，涨3.5万元/吨。");
        assertThat(cn.mid().value()).isEqualByComparingTo("108.5");
        assertThat(cn.change().value()).isEqualByComparingTo("3.5");
    }

    @Test
    void aUnitSharedByTheSentenceCompletesTheOtherNumbers() {
        var m = only("Nd metal averaged 1,085,000, up 35,000, in a range of 1,080,000-1,090,000 yuan/t.");
        assertThat(m.mid().unit().label()).isEqualTo("CNY/t");
        assertThat(m.change().unit().label()).isEqualTo("CNY/t");
        var cn = only("金属钕均价108.5万元/吨，上涨3.5。");
        assertThat(value(cn.change())).isEqualByComparingTo("35000");
    }

    @Test
    void aNumberWithoutAnyUnitStaysWithoutOne() {
        // A real 100ppi flash (data/real/100ppi-flashes/dysprosiumOxide.json, MIT): no unit is written.
        var m = only("2023年9月1日 9月1日氧化镝为2490000.00");
        assertThat(m.mid().value()).isEqualByComparingTo("2490000");
        assertThat(m.mid().unit().isComplete()).isFalse();
    }

    @Test
    void aSinglePriceHasNoRange() {
        var m = only("Terbium oxide: 6,850 yuan/kg.");
        assertThat(m.mid().value()).isEqualByComparingTo("6850");
        assertThat(m.low()).isNull();
    }

    @Test
    void countsAndYearsAreNoPrices() {
        assertThat(parse("Neodymium metal: 3 producers cut output in 2025.").prices())
                .isEmpty();
    }

    @Test
    void twoProductsInOneSentenceKeepTheirOwnNumbers() {
        var prices = parse("氧化镝均价1,410元/公斤，氧化铽均价6,850元/公斤。").prices();
        assertThat(prices).extracting(PriceMention::productCode).containsExactly("dy-oxide-cn", "tb-oxide-cn");
        assertThat(prices.get(1).mid().value()).isEqualByComparingTo("6850");
    }

    @Test
    void theSourceNamedAsTheOriginWinsOverTheFirstOne() {
        assertThat(parse("SMM newsletter. 据长江有色金属网数据显示，金属钕均价108.5万元/吨").sourceCode())
                .isEqualTo("yangtze");
        assertThat(parse("长江有色金属网数据显示 ... 上海有色网").sourceCode()).isEqualTo("yangtze");
        assertThat(parse("Contact SunSirs. According to SMM, prices rose.").sourceCode())
                .isEqualTo("smm");
        assertThat(parse("Contact SunSirs for more.").sourceCode()).isEqualTo("sunsirs");
        assertThat(parse("No source here.").sourceCode()).isNull();
    }

    @Test
    void theDateOfThePricePartWinsOverDatesInSections() {
        assertThat(parse("Outlook: by 2027-01-01 prices may rise.\nMore text.").date())
                .isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(parse("2026年2月11日金属钕均价108.5万元/吨\nOutlook\nBy 2027-01-01 prices may rise.")
                        .date())
                .isEqualTo(LocalDate.of(2026, 2, 11));
    }

    @Test
    void millionsThousandsPurityAndTheLevelBeforeTheMoveAreReadAsSuch() {
        var m = only("Neodymium metal (≥99.5%) rose from CNY 1.05 million/t to CNY 1.085 million/t, up 3.33%.");
        assertThat(m.mid().value()).isEqualByComparingTo("1085000");
        assertThat(m.change()).isNull();
        assertThat(m.changePercent()).isEqualByComparingTo("3.33");
        var k = only("Terbium oxide: 6.8-6.9 thousand yuan/kg.");
        assertThat(k.low().value()).isEqualByComparingTo("6800");
        assertThat(k.high().value()).isEqualByComparingTo("6900");
        var cn = only("氧化镨钕从84.5万元/吨上涨至85.25万元/吨。");
        assertThat(value(cn.mid())).isEqualByComparingTo("852500");
    }

    @Test
    void aFlashInAnotherAgencysStyleIsReadToo() {
        var note = parse("SMM, March 5, 2025: Pr-Nd oxide (≥99%) was quoted at 423,000-426,000 yuan/mt, with an "
                + "average of 424,500 yuan/mt, down 1,500 yuan/mt from the previous working day. Dysprosium oxide "
                + "prices stayed flat at 1,630-1,650 yuan/kg.");
        assertThat(note.sourceCode()).isEqualTo("smm");
        assertThat(note.date()).isEqualTo(LocalDate.of(2025, 3, 5));
        var prnd = note.prices().get(0);
        assertThat(prnd.productCode()).isEqualTo("prnd-oxide-cn");
        assertThat(prnd.low().value()).isEqualByComparingTo("423000");
        assertThat(prnd.mid().value()).isEqualByComparingTo("424500");
        assertThat(prnd.change().value()).isEqualByComparingTo("-1500");
        assertThat(prnd.changePercent()).isNull();
        var dy = note.prices().get(1);
        assertThat(dy.productCode()).isEqualTo("dy-oxide-cn");
        assertThat(dy.high().value()).isEqualByComparingTo("1650");
        assertThat(dy.high().unit().label()).isEqualTo("CNY/kg");
        assertThat(dy.change().value()).isZero();
    }
}
