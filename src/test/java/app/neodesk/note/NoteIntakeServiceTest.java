package app.neodesk.note;

import static app.neodesk.note.NoteGrammarTest.note;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.base.ValidationException;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import app.neodesk.driver.Direction;
import app.neodesk.driver.DriverCategory;
import app.neodesk.driver.DriverFilter;
import app.neodesk.driver.DriverService;
import app.neodesk.driver.Impact;
import app.neodesk.driver.Visibility;
import app.neodesk.quote.QuoteDraft;
import app.neodesk.quote.QuoteService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@NeodeskSpringTest
class NoteIntakeServiceTest {

    @Autowired
    NoteIntakeService intake;

    @Autowired
    QuoteService quotes;

    @Autowired
    ProductService products;

    @Autowired
    SourceService sources;

    @Autowired
    DriverService drivers;

    private long product(String code) {
        return products.findByCode(code).orElseThrow().getId();
    }

    private long source(String code) {
        return sources.findByCode(code).orElseThrow().getId();
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void theSeedNoteGivesTwoQuoteDraftsAgreeingWithTheStoredPreviousAndFiveBullishDrivers() {
        var seedDay1 = LocalDate.of(2026, 2, 10);
        assertThat(quotes.find(product("nd-metal-cn"), source("yangtze"), seedDay1)
                        .orElseThrow()
                        .mid())
                .isEqualByComparingTo("1050000");
        var drafts = intake.extract(note("seed-en-2026-02-11.txt"));
        assertThat(drafts.date()).isEqualTo(LocalDate.of(2026, 2, 11));
        assertThat(drafts.source().getCode()).isEqualTo("yangtze");
        assertThat(drafts.sourcesNamed()).extracting(s -> s.getCode()).containsExactly("yangtze", "sunsirs");
        assertThat(drafts.quotes()).hasSize(2);
        var metal = drafts.quotes().get(0);
        assertThat(metal.label()).isEqualTo("nd-metal-cn/yangtze/2026-02-11");
        assertThat(metal.low()).isEqualByComparingTo("1080000");
        assertThat(metal.high()).isEqualByComparingTo("1090000");
        assertThat(metal.mid()).isEqualByComparingTo("1085000");
        assertThat(metal.statedChange()).isEqualByComparingTo("35000");
        assertThat(metal.statedPercent()).isEqualByComparingTo("3.33");
        assertThat(metal.crossCheck()).isEqualTo("agrees with stored previous 1,050,000 (2026-02-10)");
        assertThat(metal.problems()).isEmpty();
        // The demo stores the seed day already, with the same prices: offered as a correction that changes nothing.
        assertThat(metal.isCorrection()).isTrue();
        assertThat(metal.identical()).isTrue();
        assertThat(metal.include()).isFalse();
        var oxide = drafts.quotes().get(1);
        assertThat(oxide.label()).isEqualTo("nd-oxide-cn/yangtze/2026-02-11");
        assertThat(List.of(oxide.low(), oxide.high(), oxide.mid(), oxide.statedChange()))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(
                        new BigDecimal("900000"),
                        new BigDecimal("910000"),
                        new BigDecimal("905000"),
                        new BigDecimal("30000"));
        assertThat(oxide.statedPercent()).isEqualByComparingTo("3.43");
        assertThat(oxide.crossCheck()).startsWith("agrees");
        assertThat(drafts.drivers())
                .extracting(NoteDriverDraft::category)
                .containsExactly(
                        DriverCategory.SUPPLY,
                        DriverCategory.DEMAND,
                        DriverCategory.POLICY,
                        DriverCategory.MACRO,
                        DriverCategory.OUTLOOK);
        assertThat(drafts.drivers()).allSatisfy(d -> {
            assertThat(d.direction()).isEqualTo(Direction.BULLISH);
            assertThat(d.impact()).isEqualTo(Impact.MEDIUM);
            assertThat(d.visibility()).isEqualTo(Visibility.TEAM);
            assertThat(d.teams()).extracting(t -> t.getName()).containsExactly("Desk A");
            assertThat(d.date()).isEqualTo(LocalDate.of(2026, 2, 11));
            assertThat(d.products()).extracting(p -> p.getCode()).containsExactly("nd-metal-cn", "nd-oxide-cn");
        });
        assertThat(drafts.messages()).isEmpty();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminsExtractToo_withoutATeamTheDriversArePrivate() {
        var drafts = intake.extract(note("seed-en-2026-02-11.txt"));
        assertThat(drafts.quotes()).hasSize(2);
        assertThat(drafts.drivers()).allSatisfy(d -> assertThat(d.visibility()).isEqualTo(Visibility.PRIVATE));
        assertThat(drafts.messages()).anySatisfy(m -> assertThat(m).contains("no team"));
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void viewersCannotExtract() {
        assertThatThrownBy(() -> intake.extract(note("seed-en-2026-02-11.txt")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void viewersCannotConfirm() {
        assertThatThrownBy(() -> intake.confirm(new NoteConfirmation(List.of(), List.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void aChineseNoteIsConvertedCrossCheckedAndSavedWithItsDriversInOneGo() {
        var day = LocalDate.of(2025, 11, 18);
        quotes.enter(new QuoteDraft(
                product("nd-metal-cn"),
                source("smm"),
                day.minusDays(1),
                new BigDecimal("1035000"),
                new BigDecimal("1045000"),
                new BigDecimal("1040000"),
                null,
                false));
        var drafts = intake.extract(note("cn-smm-2025-11-18.txt"));
        assertThat(drafts.quotes())
                .extracting(NoteQuoteDraft::label)
                .containsExactly(
                        "nd-metal-cn/smm/2025-11-18", "prnd-oxide-cn/smm/2025-11-18", "nd-oxide-cn/smm/2025-11-18");
        var metal = drafts.quotes().getFirst();
        assertThat(metal.crossCheck())
                .isEqualTo("note says +35,000; stored previous 1,040,000 (2025-11-17) gives +45,000; "
                        + "note says +3.33%; stored previous 1,040,000 (2025-11-17) gives +4.33%");
        assertThat(drafts.quotes().get(1).crossCheck())
                .isEqualTo("No stored previous quote of prnd-oxide-cn from smm to check against");
        assertThat(drafts.quotes().get(1).mid()).isEqualByComparingTo("852500");
        assertThat(drafts.quotes()).allSatisfy(q -> assertThat(q.include()).isTrue());

        var result = intake.confirm(new NoteConfirmation(drafts.quotes(), drafts.drivers()));

        assertThat(result.quotes()).hasSize(3);
        assertThat(result.driverIds()).hasSize(5);
        var stored = quotes.find(product("prnd-oxide-cn"), source("smm"), day).orElseThrow();
        assertThat(stored.low()).isEqualByComparingTo("850000");
        assertThat(stored.high()).isEqualByComparingTo("855000");
        assertThat(stored.comment()).isEqualTo("From market note of 2025-11-18");
        var supply = drivers.get(result.driverIds().getFirst());
        assertThat(supply.getTitle()).isEqualTo("供应端：配额收紧，现货偏紧");
        assertThat(supply.getTags()).containsExactly("market-note");
        assertThat(supply.getProductCodes()).containsExactlyInAnyOrder("nd-metal-cn", "prnd-oxide-cn", "nd-oxide-cn");
        assertThat(drivers.get(result.driverIds().getLast()).getDirection()).isEqualTo(Direction.NEUTRAL);
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    // Commits for real: the refused write must roll back its own transaction, not join the test's.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aFailingDraftLeavesNothingOfTheNoteSaved() {
        var drafts = intake.extract(note("heavy-yangtze-2025-10-09.txt"));
        assertThat(drafts.quotes())
                .extracting(NoteQuoteDraft::label)
                .containsExactly("dy-oxide-cn/yangtze/2025-10-09", "tb-oxide-cn/yangtze/2025-10-09");
        assertThat(drafts.quotes().getFirst().mid()).isEqualByComparingTo("1410");
        assertThat(drafts.quotes().getFirst().statedChange()).isEqualByComparingTo("-15");
        var broken = drafts.quotes()
                .get(1)
                .withPrices(new BigDecimal("6900"), new BigDecimal("6800"), new BigDecimal("6850"));

        assertThatThrownBy(() -> intake.confirm(
                        new NoteConfirmation(List.of(drafts.quotes().getFirst(), broken), drafts.drivers())))
                .isInstanceOf(NoteSaveException.class)
                .hasMessageStartingWith("Nothing was saved. Quote 2 (tb-oxide-cn/yangtze/2025-10-09): ");

        assertThat(quotes.find(product("dy-oxide-cn"), source("yangtze"), LocalDate.of(2025, 10, 9)))
                .isEmpty();
        assertThat(driversTitled("Supply: Myanmar ore imports recover and supply loosens"))
                .isZero();

        var result = intake.confirm(new NoteConfirmation(drafts.quotes(), drafts.drivers()));
        assertThat(result.quotes()).hasSize(2);
        assertThat(driversTitled("Supply: Myanmar ore imports recover and supply loosens"))
                .isEqualTo(1);
    }

    private long driversTitled(String title) {
        var filter = new DriverFilter(null, null, null, null, null, null, null, null, "Myanmar");
        return drivers.search(filter, PageRequest.of(0, 50)).stream()
                .filter(d -> d.getTitle().equals(title))
                .count();
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void aStoredQuoteOfTheSameDayIsCorrectedWithTheNoteAsReason() {
        var day = LocalDate.of(2025, 3, 3);
        var stored = quotes.enter(new QuoteDraft(
                product("tb-oxide-cn"),
                source("smm"),
                day,
                new BigDecimal("6850"),
                new BigDecimal("6950"),
                new BigDecimal("6880"),
                "desk estimate",
                false));
        var drafts = intake.extract("On 3 March 2025, according to SMM, terbium oxide averaged 6,900 yuan/kg, "
                + "up 50 yuan/kg, in a range of 6,850-6,950 yuan/kg.");
        var draft = drafts.quotes().getFirst();
        assertThat(draft.isCorrection()).isTrue();
        assertThat(draft.existingId()).isEqualTo(stored.id());
        assertThat(draft.identical()).isFalse();
        assertThat(draft.include()).isTrue();

        var result = intake.confirm(new NoteConfirmation(drafts.quotes(), List.of()));

        var corrected = result.quotes().getFirst();
        assertThat(corrected.id()).isEqualTo(stored.id());
        assertThat(corrected.mid()).isEqualByComparingTo("6900");
        assertThat(corrected.comment()).isEqualTo("desk estimate");
        assertThat(quotes.revisions(stored.id()))
                .extracting(r -> r.getReason())
                .containsExactly("From market note of 2025-03-03");
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void aDraftEqualToTheStoredQuoteIsCountedUnchanged() {
        var drafts = intake.extract(note("seed-en-2026-02-11.txt"));
        var all = drafts.quotes().stream().map(q -> q.withInclude(true)).toList();
        var result = intake.confirm(new NoteConfirmation(all, List.of()));
        assertThat(result.unchanged()).isEqualTo(2);
        assertThat(result.quotes()).isEmpty();
        var stored = quotes.find(product("nd-metal-cn"), source("yangtze"), LocalDate.of(2026, 2, 11))
                .orElseThrow();
        assertThat(stored.revisionCount()).isZero();
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void anUnknownNameIsListedAndCanBeGivenAProduct() {
        var drafts = intake.extract(note("unknown-product-2025-09-16.txt"));
        assertThat(drafts.messages()).contains("not recognised: 金属镨钕 — pick a product or skip");
        var unknown = drafts.quotes().getFirst();
        assertThat(unknown.recognised()).isFalse();
        assertThat(unknown.include()).isFalse();
        assertThatThrownBy(() -> intake.confirm(new NoteConfirmation(List.of(unknown.withInclude(true)), List.of())))
                .isInstanceOf(NoteSaveException.class)
                .hasMessage("Nothing was saved. Quote 1 (金属镨钕/yangtze/2025-09-16): pick a product for 金属镨钕 or skip it");
        var picked = intake.redraft(unknown, product("nd-metal-cn"), source("yangtze"), unknown.date());
        assertThat(picked.mid()).isEqualByComparingTo("862000");
        assertThat(picked.low()).isEqualByComparingTo("858000");
        assertThat(picked.problems()).isEmpty();
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void aForeignCurrencyIsAProblemNotAConversion() {
        var draft = intake.extract("On 2025-04-01, according to SMM, neodymium oxide averaged USD 120/kg.")
                .quotes()
                .getFirst();
        assertThat(draft.mid()).isNull();
        assertThat(draft.problems())
                .containsExactly("The average USD 120/kg is in USD, the product is quoted in CNY/t: not converted");
        assertThat(draft.include()).isFalse();
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void aNoteWithoutNumbersSaysSo() {
        var drafts = intake.extract(note("no-numbers.txt"));
        assertThat(drafts.quotes()).isEmpty();
        assertThat(drafts.messages()).contains("No prices found in the note: it contains no numbers");
        assertThat(drafts.drivers()).hasSize(2);
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void aTooLongOrEmptyTextIsRefusedClearly() {
        assertThatThrownBy(() -> intake.extract("x".repeat(NoteIntakeService.MAX_TEXT_LENGTH + 1)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("100,001 characters, more than the 100,000");
        assertThatThrownBy(() -> intake.extract("  "))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Paste the text of a market note first");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aPriceFarFromTheStoredLevelNeedsTheAnalystsConfirmation() {
        var day = LocalDate.of(2025, 6, 3);
        quotes.enter(new QuoteDraft(
                product("dy-oxide-cn"),
                source("smm"),
                day.minusDays(1),
                new BigDecimal("1450"),
                new BigDecimal("1460"),
                new BigDecimal("1455"),
                null,
                false));
        // A vendor defect: the price per tonne written as per kilogram.
        var draft = intake.extract("On 2025-06-03, according to SMM, dysprosium oxide averaged 1,410,000 yuan/kg.")
                .quotes()
                .getFirst();
        assertThat(draft.mid()).isEqualByComparingTo("1410000");
        assertThat(draft.problems())
                .singleElement()
                .asString()
                .startsWith("1,410,000 is ~1,000× the recent level of 1,455 CNY/kg: is the unit right?");
        assertThat(draft.include())
                .as("a price in the wrong unit is not included by default")
                .isFalse();

        assertThatThrownBy(() -> intake.confirm(new NoteConfirmation(List.of(draft.withInclude(true)), List.of())))
                .isInstanceOf(NoteSaveException.class)
                .hasMessageStartingWith("Nothing was saved. Quote 1 (dy-oxide-cn/smm/2025-06-03): ");
        assertThat(quotes.find(product("dy-oxide-cn"), source("smm"), day)).isEmpty();

        var saved = intake.confirm(
                new NoteConfirmation(List.of(draft.withInclude(true).withConfirmedUnusual(true)), List.of()));
        var defect = saved.quotes().getFirst();
        assertThat(defect.mid()).isEqualByComparingTo("1410000");
        // the shared test database must not keep a 1,000× level of Dy oxide for the other tests' scale guard
        quotes.delete(defect.id(), defect.version(), "Test clean-up: a confirmed vendor defect");
    }
}
