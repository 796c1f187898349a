package app.neodesk.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.audit.AuditAction;
import app.neodesk.audit.AuditEvent;
import app.neodesk.audit.AuditService;
import app.neodesk.base.ConcurrentEditException;
import app.neodesk.base.ValidationException;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import app.neodesk.security.SystemAuthentication;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Quote rules through the secured service. Tests share one database with the demo seed, so each
 * uses its own product/source/date combination.
 */
@NeodeskSpringTest
class QuoteServiceTest {

    @Autowired
    QuoteService quotes;

    @Autowired
    QuoteImportService imports;

    @Autowired
    ProductService products;

    @Autowired
    SourceService sources;

    @Autowired
    AuditService audit;

    @Autowired
    JdbcTemplate jdbc;

    private long product(String code) {
        return products.findByCode(code).orElseThrow().getId();
    }

    private long source(String code) {
        return sources.findByCode(code).orElseThrow().getId();
    }

    private QuoteDraft draft(String product, String source, String date, String low, String high) {
        return new QuoteDraft(
                product(product),
                source(source),
                LocalDate.parse(date),
                new BigDecimal(low),
                new BigDecimal(high),
                null,
                null,
                false);
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void seedQuotesShowTheNoteChanges() {
        var filter = new QuoteFilter(
                Set.of(product("nd-metal-cn"), product("nd-oxide-cn")),
                source("yangtze"),
                LocalDate.of(2026, 2, 11),
                LocalDate.of(2026, 2, 11));
        var rows = quotes.historyAfter(filter, null, 10);
        assertThat(rows).hasSize(2);
        var metal = rows.stream()
                .filter(r -> r.product().getCode().equals("nd-metal-cn"))
                .findFirst()
                .orElseThrow();
        var oxide = rows.stream()
                .filter(r -> r.product().getCode().equals("nd-oxide-cn"))
                .findFirst()
                .orElseThrow();
        assertThat(PriceFormat.changeAmount(metal.change(), 0)).isEqualTo("+35,000");
        assertThat(PriceFormat.changePercent(metal.change())).isEqualTo("+3.33%");
        assertThat(PriceFormat.changeAmount(oxide.change(), 0)).isEqualTo("+30,000");
        assertThat(PriceFormat.changePercent(oxide.change())).isEqualTo("+3.43%");
        assertThat(PriceFormat.price(metal.mid(), 0)).isEqualTo("1,085,000");
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void viewerCannotEnterCorrectImportOrDelete() {
        var id = quotes.historyAfter(QuoteFilter.ofProduct(product("nd-metal-cn")), null, 1)
                .getFirst()
                .id();
        assertThatThrownBy(() -> quotes.enter(draft("pr-oxide-cn", "smm", "2026-01-05", "800000", "810000")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> quotes.correct(id, 0, BigDecimal.ONE, BigDecimal.TWO, null, null, "typo"))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> imports.importCsv(new ByteArrayInputStream(new byte[0]), "x.csv", ImportProgress.NONE))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> quotes.delete(id, 0, "wrong")).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void anonymousCannotReadHistory() {
        assertThatThrownBy(() -> quotes.history(QuoteFilter.all(), PageRequest.of(0, 10)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void analystEntersQuoteWithDefaultMidAndAuditEntry() {
        var row = quotes.enter(draft("pr-oxide-cn", "smm", "2026-01-05", "800000", "811000"));
        assertThat(row.mid()).isEqualByComparingTo("805500");
        assertThat(row.enteredBy()).isEqualTo("analyst");
        assertThat(row.change().isPresent()).isFalse();
        assertThat(auditOf(row.id())).extracting(AuditEvent::getAction).containsExactly(AuditAction.CREATE);
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void analystCannotDelete() {
        var row = quotes.enter(draft("pr-oxide-cn", "smm", "2026-01-06", "800000", "810000"));
        assertThatThrownBy(() -> quotes.delete(row.id(), row.version(), "mistake"))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void duplicateQuoteIsRefusedWithTheExistingId() {
        var first = quotes.enter(draft("pr-oxide-cn", "smm", "2026-01-07", "800000", "810000"));
        assertThatThrownBy(() -> quotes.enter(draft("pr-oxide-cn", "smm", "2026-01-07", "800000", "810000")))
                .isInstanceOfSatisfying(
                        DuplicateQuoteException.class,
                        e -> assertThat(e.getExistingId()).isEqualTo(first.id()));
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void futureDateAndBadRangeAndTooManyDecimalsAreRefused() {
        assertThatThrownBy(() -> quotes.enter(draft("pr-oxide-cn", "smm", "2026-02-13", "800000", "810000")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("future");
        assertThatThrownBy(() -> quotes.enter(draft("pr-oxide-cn", "smm", "2026-01-08", "810000", "800000")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("below the low");
        assertThatThrownBy(() -> quotes.enter(draft("pr-oxide-cn", "smm", "2026-01-08", "800000.5", "810000")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Whole numbers");
        assertThat(quotes.find(product("pr-oxide-cn"), source("smm"), LocalDate.of(2026, 1, 8)))
                .isEmpty();
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void largeMoveNeedsConfirmation() {
        // the base quote is confirmed: whatever other tests stored before it is not this test's subject
        quotes.enter(draft("dy-oxide-cn", "smm", "2026-01-12", "1400", "1420").confirmed());
        var jump = draft("dy-oxide-cn", "smm", "2026-01-13", "1600", "1620");
        assertThatThrownBy(() -> quotes.enter(jump))
                .isInstanceOf(LargeMoveException.class)
                .hasMessageContaining("+14.18%");
        var saved = quotes.enter(jump.confirmed());
        assertThat(saved.change().percent()).isEqualByComparingTo("14.18");
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void changeIsAgainstPreviousQuoteOfSameSourceAcrossGaps() {
        quotes.enter(draft("tb-oxide-cn", "smm", "2026-01-02", "6700", "6720")); // mid 6710
        quotes.enter(draft("tb-oxide-cn", "inhouse", "2026-01-05", "6000", "6000")); // other source
        var afterGap = quotes.enter(draft("tb-oxide-cn", "smm", "2026-01-09", "6800", "6820")); // mid 6810
        assertThat(afterGap.previousMid()).isEqualByComparingTo("6710");
        assertThat(afterGap.change().amount()).isEqualByComparingTo("100");
        assertThat(afterGap.change().percent()).isEqualByComparingTo("1.49");
        // Entering a quote in the gap changes the later quote's change.
        quotes.enter(draft("tb-oxide-cn", "smm", "2026-01-06", "6750", "6770")); // mid 6760
        assertThat(quotes.get(afterGap.id()).change().amount()).isEqualByComparingTo("50");
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void correctionKeepsRevisionAndChangesNextDaysChange() {
        var day1 = quotes.enter(draft("prnd-oxide-cn", "smm", "2026-01-19", "800000", "810000")); // 805000
        var day2 = quotes.enter(draft("prnd-oxide-cn", "smm", "2026-01-20", "820000", "830000")); // 825000
        assertThat(day2.change().amount()).isEqualByComparingTo("20000");

        var corrected = quotes.correct(
                day1.id(),
                day1.version(),
                new BigDecimal("810000"),
                new BigDecimal("820000"),
                null,
                null,
                "Agency corrected its assessment");
        assertThat(corrected.corrected()).isTrue();
        assertThat(corrected.mid()).isEqualByComparingTo("815000");
        assertThat(quotes.get(day2.id()).change().amount()).isEqualByComparingTo("10000");
        assertThat(quotes.get(day2.id()).change().percent()).isEqualByComparingTo("1.23");

        var revs = quotes.revisions(day1.id());
        assertThat(revs).singleElement().satisfies(r -> {
            assertThat(r.getOldPrices().mid()).isEqualByComparingTo("805000");
            assertThat(r.getNewPrices().mid()).isEqualByComparingTo("815000");
            assertThat(r.getChangedBy()).isEqualTo("analyst");
            assertThat(r.getReason()).isEqualTo("Agency corrected its assessment");
        });
        assertThat(auditOf(day1.id()))
                .extracting(AuditEvent::getAction)
                .containsExactly(AuditAction.CORRECT, AuditAction.CREATE);
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void revisionsListTheLatestCorrectionFirst() {
        var q = quotes.enter(
                draft("dy-oxide-cn", "sunsirs", "2018-05-07", "1500", "1520").confirmed());
        var once = quotes.correct(
                q.id(), q.version(), new BigDecimal("1502"), new BigDecimal("1522"), null, null, "first correction");
        quotes.correct(
                q.id(),
                once.version(),
                new BigDecimal("1504"),
                new BigDecimal("1524"),
                null,
                null,
                "second correction");
        assertThat(quotes.revisions(q.id()))
                .extracting(QuoteRevision::getReason)
                .containsExactly("second correction", "first correction");
        assertThat(quotes.revisions(q.id()).getLast().getOldPrices().mid())
                .as("the oldest keeps the first published mid")
                .isEqualByComparingTo("1510");
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void viewerReadsRevisions() {
        var stored = SystemAuthentication.call(() -> {
            var q = quotes.enter(draft("dy-oxide-cn", "sunsirs", "2018-05-14", "1500", "1520")
                    .confirmed());
            return quotes.correct(
                    q.id(),
                    q.version(),
                    new BigDecimal("1501"),
                    new BigDecimal("1521"),
                    null,
                    null,
                    "viewer reads this");
        });
        assertThat(quotes.revisions(stored.id()))
                .extracting(QuoteRevision::getReason)
                .containsExactly("viewer reads this");
    }

    @Test
    void anonymousCannotReadASeriesOrItsPoints() {
        assertThatThrownBy(() -> quotes.series(1, 1)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> quotes.points(1, 1, LocalDate.MIN, LocalDate.MAX))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void viewerReadsTheWholeSeriesOldestFirstWithPreviousMids() {
        var product = products.catalog().productByCode("nd-metal-cn").orElseThrow();
        var source = products.catalog().sourceByCode("yangtze").orElseThrow();
        var series = quotes.series(product.requireId(), source.requireId());
        assertThat(series).extracting(QuotePoint::date).isSorted().isNotEmpty();
        assertThat(series.getLast().previousMid())
                .isEqualTo(series.get(series.size() - 2).mid());
    }

    @Test
    void anonymousCannotReadRevisions() {
        assertThatThrownBy(() -> quotes.revisions(1)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void correctionNeedsReason() {
        var q = quotes.enter(draft("prnd-oxide-cn", "smm", "2026-01-21", "800000", "810000"));
        assertThatThrownBy(() -> quotes.correct(
                        q.id(), q.version(), new BigDecimal("800000"), new BigDecimal("812000"), null, null, " "))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("reason");
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void concurrentEditIsRefusedAndNothingIsLost() {
        var q = quotes.enter(draft("prnd-oxide-cn", "smm", "2026-01-22", "800000", "810000"));
        quotes.correct(q.id(), q.version(), new BigDecimal("801000"), new BigDecimal("811000"), null, null, "first");
        assertThatThrownBy(() -> quotes.correct(
                        q.id(), q.version(), new BigDecimal("802000"), new BigDecimal("812000"), null, null, "second"))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(quotes.get(q.id()).mid()).isEqualByComparingTo("806000");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminDeletesSoftlyAndNextChangeSkipsTheDeletedQuote() {
        var d1 = quotes.enter(draft("nd-oxide-cn", "inhouse", "2026-01-26", "800000", "800000"));
        var d2 = quotes.enter(draft("nd-oxide-cn", "inhouse", "2026-01-27", "820000", "820000"));
        var d3 = quotes.enter(draft("nd-oxide-cn", "inhouse", "2026-01-28", "830000", "830000"));
        assertThat(d3.change().amount()).isEqualByComparingTo("10000");
        assertThatThrownBy(() -> quotes.delete(d2.id(), d2.version(), "")).isInstanceOf(ValidationException.class);

        quotes.delete(d2.id(), d2.version(), "Entered twice by mistake");

        assertThat(quotes.historyAfter(QuoteFilter.ofProduct(product("nd-oxide-cn")), null, 100))
                .extracting(QuoteRow::id)
                .doesNotContain(d2.id())
                .contains(d1.id(), d3.id());
        assertThat(quotes.get(d3.id()).change().amount()).isEqualByComparingTo("30000");
        assertThat(jdbc.queryForObject("select count(*) from quote where id = ?", Integer.class, d2.id()))
                .isEqualTo(1);
        assertThat(auditOf(d2.id()))
                .extracting(AuditEvent::getAction)
                .containsExactly(AuditAction.DELETE, AuditAction.CREATE);
        // The day can be entered again after the deletion.
        var again = quotes.enter(draft("nd-oxide-cn", "inhouse", "2026-01-27", "821000", "821000"));
        assertThat(quotes.get(d3.id()).change().amount()).isEqualByComparingTo("9000");
        assertThat(again.id()).isNotEqualTo(d2.id());
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void importIsAllOrNothingAndSkipsIdenticalRows() throws Exception {
        quotes.enter(draft("pr-oxide-cn", "inhouse", "2025-12-01", "700000", "710000")
                .confirmed());
        var bad = """
                date,product,source,low,high,mid,comment
                2025-12-02,pr-oxide-cn,inhouse,701000,711000,,
                2025-12-03,pr-oxide-cn,nowhere,701000,711000,,
                2025-12-01,pr-oxide-cn,inhouse,700000,712000,,
                """;
        var report = imports.importCsv(csv(bad), "bad.csv", ImportProgress.NONE);
        assertThat(report.succeeded()).isFalse();
        assertThat(report.imported()).isZero();
        assertThat(report.problems()).extracting(ImportProblem::line).containsExactly(3L, 4L);
        assertThat(report.problems().get(0).column()).isEqualTo("source");
        assertThat(report.problems().get(1).message()).contains("Conflicts with the stored quote");
        assertThat(quotes.find(product("pr-oxide-cn"), source("inhouse"), LocalDate.of(2025, 12, 2)))
                .isEmpty();

        var good = """
                date,product,source,low,high
                2025-12-01,pr-oxide-cn,inhouse,700000,710000
                2025-12-02,pr-oxide-cn,inhouse,701000,711000
                2025-11-28,pr-oxide-cn,inhouse,690000,700000
                """;
        report = imports.importCsv(csv(good), "good.csv", ImportProgress.NONE);
        assertThat(report.succeeded()).isTrue();
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.skipped()).isEqualTo(1);
        var dec1 = quotes.find(product("pr-oxide-cn"), source("inhouse"), LocalDate.of(2025, 12, 1))
                .orElseThrow();
        assertThat(dec1.change().amount()).isEqualByComparingTo("10000");
        var dec2 = quotes.find(product("pr-oxide-cn"), source("inhouse"), LocalDate.of(2025, 12, 2))
                .orElseThrow();
        assertThat(dec2.change().amount()).isEqualByComparingTo("1000");
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void exportWritesAllFilteredRowsWithBom() throws Exception {
        var out = new ByteArrayOutputStream();
        var filter = new QuoteFilter(
                Set.of(product("nd-metal-cn")),
                source("yangtze"),
                LocalDate.of(2026, 2, 10),
                LocalDate.of(2026, 2, 11));
        long n = quotes.exportCsv(filter, out);
        var text = out.toString(StandardCharsets.UTF_8);
        assertThat(n).isEqualTo(2);
        assertThat(text).startsWith("\uFEFFdate,product,source,low,high,mid,unit,currency,change,change_pct");
        assertThat(text)
                .contains("2026-02-11,nd-metal-cn,yangtze,1080000,1090000,1085000,CNY/t,CNY,35000,3.33,no,system,");
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void historyKeysetPagesFollowOffsetPages() {
        var filter = QuoteFilter.all();
        var firstThree = quotes.history(filter, PageRequest.of(0, 3)).getContent();
        var nextByCursor = quotes.historyAfter(filter, HistoryCursor.after(firstThree.get(1)), 2);
        assertThat(nextByCursor)
                .extracting(QuoteRow::id)
                .first()
                .isEqualTo(firstThree.get(2).id());
    }

    private List<AuditEvent> auditOf(long id) {
        return SystemAuthentication.call(() -> audit.historyOf(QuoteService.ENTITY, id));
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
