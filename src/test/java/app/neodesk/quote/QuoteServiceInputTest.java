package app.neodesk.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.base.ValidationException;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the service refuses whatever the form lets through: missing prices on a correction,
 * numbers with too many digits, and dates before the earliest date. Uses product prnd-oxide-cn
 * from source "sunsirs" in January 2026 and dates before 1990, which no other test uses.
 */
@NeodeskSpringTest
@WithMockUser(username = "analyst", roles = "ANALYST")
class QuoteServiceInputTest {

    @Autowired
    QuoteService quotes;

    @Autowired
    QuoteImportService imports;

    @Autowired
    ProductService products;

    @Autowired
    SourceService sources;

    @Autowired
    JdbcTemplate jdbc;

    private QuoteDraft draft(String date, String low, String high, String mid) {
        return new QuoteDraft(
                products.findByCode("prnd-oxide-cn").orElseThrow().getId(),
                sources.findByCode("sunsirs").orElseThrow().getId(),
                LocalDate.parse(date),
                new BigDecimal(low),
                new BigDecimal(high),
                mid == null ? null : new BigDecimal(mid),
                null,
                false);
    }

    @Test
    void correctionWithLowOrHighClearedIsAFieldErrorNotACrash() {
        var q = quotes.enter(draft("2026-01-05", "800000", "810000", null).confirmed());

        assertThatThrownBy(() -> quotes.correct(
                        q.id(), q.version(), null, new BigDecimal("812000"), null, null, "agency fixed it"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.getField()).isEqualTo(QuoteRules.FIELD_LOW);
                    assertThat(e.getMessage()).isEqualTo("Enter the low price");
                });
        assertThatThrownBy(() -> quotes.correct(
                        q.id(), q.version(), new BigDecimal("801000"), null, null, null, "agency fixed it"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.getField()).isEqualTo(QuoteRules.FIELD_HIGH);
                    assertThat(e.getMessage()).isEqualTo("Enter the high price");
                });
        var unchanged = quotes.get(q.id());
        assertThat(unchanged.mid()).isEqualByComparingTo("805000");
        assertThat(unchanged.corrected()).isFalse();
    }

    @Test
    void enteringWithoutPricesIsAFieldErrorNotACrash() {
        var missing = new QuoteDraft(
                products.findByCode("prnd-oxide-cn").orElseThrow().getId(),
                sources.findByCode("sunsirs").orElseThrow().getId(),
                LocalDate.of(2026, 1, 6),
                null,
                null,
                null,
                null,
                false);
        assertThatThrownBy(() -> quotes.enter(missing))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("Enter the low price"));
    }

    @Test
    void fifteenDigitMidIsRefusedEvenWhenTheLargeMoveIsConfirmed() {
        quotes.enter(draft("2026-01-07", "800000", "810000", null).confirmed());
        var huge = draft("2026-01-08", "800000", "999999999999999", "123456789012345")
                .confirmed();

        assertThatThrownBy(() -> quotes.enter(huge))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.getMessage())
                                .contains("too large")
                                .contains(Quote.MAX_INTEGER_DIGITS + " digits"));
        assertThat(quotes.find(huge.productId(), huge.sourceId(), huge.date())).isEmpty();
    }

    @Test
    void correctionToAFifteenDigitPriceIsRefused() {
        var q = quotes.enter(draft("2026-01-09", "800000", "810000", null).confirmed());
        assertThatThrownBy(() -> quotes.correct(
                        q.id(),
                        q.version(),
                        new BigDecimal("800000"),
                        new BigDecimal("999999999999999"),
                        null,
                        null,
                        "typo"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("too large");
        assertThat(quotes.get(q.id()).high()).isEqualByComparingTo("810000");
    }

    @Test
    void quoteDatedBeforeTheEarliestDateIsRefused() {
        assertThatThrownBy(() -> quotes.enter(draft("1800-01-01", "800000", "810000", null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.getField()).isEqualTo(QuoteRules.FIELD_DATE);
                    assertThat(e.getMessage()).isEqualTo("The date cannot be before 1990-01-01");
                });
        assertThatThrownBy(() -> quotes.enter(draft("1989-12-31", "800000", "810000", null)))
                .isInstanceOf(ValidationException.class);
        var first = quotes.enter(draft("1990-01-01", "800000", "810000", null).confirmed());
        assertThat(first.date()).isEqualTo(LocalDate.of(1990, 1, 1));
    }

    @Test
    // Commits for real: the service must load the quote after the JDBC change, not the test's cached entity.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void correctingAQuoteDatedBeforeTheEarliestDateIsRefused() {
        // A quote stored before the rule existed: it can be deleted, not corrected.
        var q = quotes.enter(draft("1990-01-02", "800000", "810000", null).confirmed());
        jdbc.update("update quote set quote_date = ? where id = ?", LocalDate.of(1800, 1, 2), q.id());
        assertThatThrownBy(() -> quotes.correct(
                        q.id(), q.version(), new BigDecimal("801000"), new BigDecimal("811000"), null, null, "typo"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The date cannot be before 1990-01-01");
    }

    @Test
    void importRefusesDatesBeforeTheEarliestDate() throws Exception {
        var csv = """
                date,product,source,low,high
                1989-12-29,prnd-oxide-cn,sunsirs,700000,710000
                1990-01-03,prnd-oxide-cn,sunsirs,700000,710000
                """;
        var report = imports.importCsv(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "old.csv", ImportProgress.NONE);
        assertThat(report.succeeded()).isFalse();
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("date");
            assertThat(p.message()).isEqualTo("The date cannot be before 1990-01-01");
        });
        assertThat(quotes.find(
                        draft("1990-01-03", "1", "1", null).productId(),
                        draft("1990-01-03", "1", "1", null).sourceId(),
                        LocalDate.of(1990, 1, 3)))
                .isEmpty();
    }

    @Test
    void streamOverTheUploadLimitIsRefusedWholeAndNothingIsStored() throws Exception {
        // Valid rows for a whole 51 MB: the service stops reading at 50 MB, whoever calls it.
        var row = "2026-01-16,prnd-oxide-cn,sunsirs,800000,810000,,\n";
        var body = new QuoteCsvLimitsTest.Generated(
                "date,product,source,low,high,mid,comment\n" + row, ' ', 51L * 1024 * 1024, "\n");

        var report = imports.importCsv(body, "huge.csv", ImportProgress.NONE);

        assertThat(report.succeeded()).isFalse();
        assertThat(report.problems())
                .extracting(ImportProblem::message)
                .containsExactly("The file is larger than the 50 MB limit");
        assertThat(quotes.find(
                        draft("2026-01-16", "1", "1", null).productId(),
                        draft("2026-01-16", "1", "1", null).sourceId(),
                        LocalDate.of(2026, 1, 16)))
                .isEmpty();
    }

    @Test
    void uploadedFileIsImportedInPlaceAndOneOverTheLimitIsRefusedWhole(@TempDir Path dir) throws Exception {
        var small = Files.writeString(dir.resolve("small.csv"), """
                date,product,source,low,high
                2026-01-26,prnd-oxide-cn,sunsirs,800000,810000
                """);
        var report = imports.importCsvFile(small, "small.csv", ImportProgress.NONE);
        assertThat(report.imported()).isEqualTo(1);
        assertThat(Files.exists(small))
                .as("the caller's file is left to the caller")
                .isTrue();

        var huge = dir.resolve("huge.csv");
        try (var out = Files.newOutputStream(huge)) {
            new QuoteCsvLimitsTest.Generated(
                            "date,product,source,low,high,mid,comment\n"
                                    + "2026-01-27,prnd-oxide-cn,sunsirs,800000,810000,,\n",
                            ' ',
                            51L * 1024 * 1024,
                            "\n")
                    .transferTo(out);
        }
        var refused = imports.importCsvFile(huge, "huge.csv", ImportProgress.NONE);
        assertThat(refused.problems())
                .extracting(ImportProblem::message)
                .containsExactly("The file is larger than the 50 MB limit");
        assertThat(quotes.find(
                        draft("2026-01-27", "1", "1", null).productId(),
                        draft("2026-01-27", "1", "1", null).sourceId(),
                        LocalDate.of(2026, 1, 27)))
                .isEmpty();
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void viewerCannotImportAnUploadedFile(@TempDir Path dir) throws Exception {
        var file = Files.writeString(dir.resolve("v.csv"), "date,product,source,low,high\n");
        assertThatThrownBy(() -> imports.importCsvFile(file, "v.csv", ImportProgress.NONE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void twentyMegabyteQuotedCellIsAProblemOfItsLineAndNothingIsStored() throws Exception {
        var body = new QuoteCsvLimitsTest.Generated(
                "date,product,source,low,high,mid,comment\n" + "2026-01-19,prnd-oxide-cn,sunsirs,800000,810000,,\"",
                'x',
                20L * 1024 * 1024,
                "\"\n2026-01-20,prnd-oxide-cn,sunsirs,800000,810000,,\n");

        var report = imports.importCsv(body, "cell.csv", ImportProgress.NONE);

        assertThat(report.rows()).isEqualTo(2);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).startsWith("The line is longer than 65,536 characters");
        });
        assertThat(quotes.find(
                        draft("2026-01-20", "1", "1", null).productId(),
                        draft("2026-01-20", "1", "1", null).sourceId(),
                        LocalDate.of(2026, 1, 20)))
                .isEmpty();
    }

    @Test
    void sameDayTwiceInAFileNamesTheFirstLine() throws Exception {
        var csv = """
                date,product,source,low,high
                2026-01-21,prnd-oxide-cn,sunsirs,800000,810000
                2026-01-22,prnd-oxide-cn,sunsirs,800000,810000
                2026-01-21,prnd-oxide-cn,sunsirs,800000,810000
                """;
        var report = imports.importCsv(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "twice.csv", ImportProgress.NONE);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).isEqualTo("Line 2 has a quote for the same product, source and date");
        });
        assertThat(report.imported()).isZero();
    }

    @Test
    void enteringWhileAnotherWriterHoldsTheProductSaysTryAgainAndStoresNothing(@Autowired DataSource dataSource)
            throws Exception {
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var holder = ConcurrentImports.holdProductLock(dataSource, "prnd-oxide-cn", locked, release);
        try {
            locked.await();
            // H2 gives up waiting after its lock timeout (1 s).
            assertThatThrownBy(() -> quotes.enter(
                            draft("2026-01-23", "800000", "810000", null).confirmed()))
                    .isInstanceOf(SeriesBusyException.class)
                    .hasMessage(SeriesBusyException.CHANGE);
        } finally {
            release.countDown();
            holder.join();
        }
        assertThat(quotes.find(
                        draft("2026-01-23", "1", "1", null).productId(),
                        draft("2026-01-23", "1", "1", null).sourceId(),
                        LocalDate.of(2026, 1, 23)))
                .isEmpty();
    }
}
