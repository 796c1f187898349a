package app.neodesk.note;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.catalog.PriceCurrency;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.note.NoteToken.Kind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoteLexerTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "On February 11, 2026, prices rose | 2026-02-11",
                "2026年2月11日，金属钕均价 | 2026-02-11",
                "Feb 11, 2026 | 2026-02-11",
                "Feb. 11 2026 | 2026-02-11",
                "11 February 2026 | 2026-02-11",
                "2nd March 2025 | 2025-03-02",
                "2026-02-11 | 2026-02-11",
                "2025/9/16 | 2025-09-16",
                "2025 年 9 月 16 日 | 2025-09-16"
            })
    void readsDatesInEnglishChineseAndIsoForm(String text, LocalDate expected) {
        assertThat(NoteLexer.tokens(text).getFirst()).satisfies(t -> {
            assertThat(t.kind()).isEqualTo(Kind.DATE);
            assertThat(t.date()).isEqualTo(expected);
        });
    }

    @Test
    void anImpossibleDateIsNoDate() {
        assertThat(NoteLexer.tokens("February 30, 2026").stream().map(NoteToken::kind))
                .doesNotContain(Kind.DATE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "CNY1,085,000 per ton | 1085000 | CNY/t",
                "905,000 RMB/ton | 905000 | CNY/t",
                "CNY 35,000 | 35000 | CNY/?",
                "108.5万元/吨 | 108.5 | '10,000 CNY/t'",
                "1,410元/公斤 | 1410 | CNY/kg",
                "1,410 yuan/kg | 1410 | CNY/kg",
                "1410 yuan per kilogram | 1410 | CNY/kg",
                "US$118.50/kg | 118.50 | USD/kg",
                "per ton | | ",
                "85,000 | 85000 | ?/?"
            })
    void readsAmountsWithTheUnitWrittenAtThem(String text, String value, String unit) {
        var tokens = NoteLexer.tokens(text);
        if (value == null) {
            assertThat(tokens).isEmpty();
            return;
        }
        var t = tokens.getFirst();
        assertThat(t.kind()).isEqualTo(Kind.NUMBER);
        assertThat(t.value()).isEqualByComparingTo(value);
        assertThat(t.unit().label()).isEqualTo(unit);
    }

    @Test
    void readsRangesWithTheirSharedUnit() {
        var en = NoteLexer.tokens("CNY 1,080,000-1,090,000 per ton").getFirst();
        assertThat(en.kind()).isEqualTo(Kind.RANGE);
        assertThat(en.value()).isEqualByComparingTo("1080000");
        assertThat(en.high()).isEqualByComparingTo("1090000");
        assertThat(en.unit().toQuoteUnit()).isPresent();
        var cn = NoteLexer.tokens("价格区间108-109万元/吨").get(1);
        assertThat(cn.kind()).isEqualTo(Kind.RANGE);
        assertThat(cn.high()).isEqualByComparingTo("109");
        assertThat(cn.unit().multiplier()).isEqualByComparingTo("10000");
        assertThat(NoteLexer.tokens("85~85.5万元/吨").getFirst().kind()).isEqualTo(Kind.RANGE);
        assertThat(NoteLexer.tokens("900,000 – 910,000 RMB/ton").getFirst().kind())
                .isEqualTo(Kind.RANGE);
    }

    @Test
    void readsPercentagesWithTheirSign() {
        assertThat(NoteLexer.tokens("a 3.33% increase"))
                .extracting(NoteToken::kind)
                .containsExactly(Kind.PERCENT, Kind.UP);
        assertThat(NoteLexer.tokens("(−1.05%)").getFirst().value()).isEqualByComparingTo("-1.05");
        assertThat(NoteLexer.tokens("涨幅3.33％")).extracting(NoteToken::kind).containsExactly(Kind.UP, Kind.PERCENT);
    }

    @Test
    void readsWordsOfMovementInBothLanguages() {
        assertThat(kinds("surging by CNY 35,000")).containsExactly(Kind.UP, Kind.NUMBER);
        assertThat(kinds("fell by 2%")).containsExactly(Kind.DOWN, Kind.PERCENT);
        assertThat(kinds("上涨3.5万元/吨，跌幅1%，持平"))
                .containsExactly(
                        Kind.UP, Kind.NUMBER, Kind.CLAUSE_END, Kind.DOWN, Kind.PERCENT, Kind.CLAUSE_END, Kind.FLAT);
        assertThat(kinds("jumped to 905,000 RMB/ton")).containsExactly(Kind.UP, Kind.LEVEL, Kind.NUMBER);
        assertThat(kinds("unchanged")).containsExactly(Kind.FLAT);
    }

    @Test
    void wordsInsideLongerWordsAreNotTokens() {
        assertThat(kinds("the update of data downstream")).isEmpty();
        assertThat(kinds("Nd2O3 upstream")).isEmpty();
    }

    @Test
    void aFullStopBetweenDigitsIsNoSentenceEnd() {
        assertThat(kinds("3.5. Next")).containsExactly(Kind.NUMBER, Kind.SENTENCE_END);
        assertThat(NoteLexer.tokens("108.5万元/吨").getFirst().unit().currency()).isEqualTo(PriceCurrency.CNY);
        assertThat(NoteLexer.tokens("1,410 yuan/kg").getFirst().unit().quantity())
                .isEqualTo(PriceUnit.KG);
    }

    private static List<Kind> kinds(String text) {
        return NoteLexer.tokens(text).stream().map(NoteToken::kind).toList();
    }
}
