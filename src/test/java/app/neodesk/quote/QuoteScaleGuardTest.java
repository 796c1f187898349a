package app.neodesk.quote;

import static app.neodesk.quote.ImportTestData.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.catalog.Element;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scale guard where prices enter: import, entry and correction. Products of their own
 * ("guard-…", in CNY/kg like dy-oxide-cn) with a stored level around 1,455 CNY/kg in March 2024.
 */
@NeodeskSpringTest
@WithMockUser(username = "analyst", roles = "ANALYST")
class QuoteScaleGuardTest {

    @Autowired
    QuoteImportService imports;

    @Autowired
    QuoteService quotes;

    @Autowired
    ProductService products;

    @Autowired
    SourceService sources;

    @Autowired
    JdbcTemplate jdbc;

    /** A CNY/kg product with quotes of 1,450–1,460 (mid 1,455) from sunsirs on 2024-03-04..08. */
    private Product leveled(String code) throws Exception {
        var product = ImportTestData.product(products, code, Element.DY, PriceUnit.KG);
        var rows = new ArrayList<ImportRow>();
        for (int d = 4; d <= 8; d++) {
            rows.add(row(d, "2024-03-0" + d, code, "sunsirs", "1450", "1460", null));
        }
        imports.importRows(ImportSource.of(rows), ImportOptions.STRICT, code + " level", ImportProgress.NONE);
        return product;
    }

    /** 1,400,000–1,420,000 CNY/t read as CNY/kg, from yangtze on 2024-03-11. */
    private ImportSource tonnes(String code) {
        return ImportSource.of(List.of(
                row(2, "2024-03-11", code, "yangtze", "1400000", "1420000", "1410000"),
                row(3, "2024-03-12", code, "yangtze", "1450", "1462", null)));
    }

    private List<String> audit(String text) {
        return jdbc.queryForList(
                "select summary from audit_event where summary like ?", String.class, "%" + text + "%");
    }

    @Test
    void cnyPerTonneValuesIntoACnyPerKgProductAreRefusedWithTheUnitQuestion() throws Exception {
        var code = leveled("guard-import-refused").getCode();
        var report = imports.importRows(tonnes(code), ImportOptions.STRICT, "tonnes.csv", ImportProgress.NONE);
        assertThat(report.imported()).isZero();
        assertThat(report.skippedRows().scale()).isEqualTo(1);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("mid");
            assertThat(p.value()).isEqualTo("1,410,000");
            assertThat(p.message())
                    .isEqualTo("1,410,000 is ~1,000× the recent level of 1,455 CNY/kg: is the unit right?");
        });
        var preview = imports.preview(tonnes(code), ImportOptions.STRICT, 5);
        assertThat(preview.rows())
                .extracting(ImportPreview.Row::status)
                .containsExactly(ImportPreview.Status.PROBLEM, ImportPreview.Status.OK);
        var validOnly = imports.importRows(
                tonnes(code), ImportOptions.STRICT.withValidRowsOnly(true), "tonnes.csv", ImportProgress.NONE);
        assertThat(validOnly.imported()).as("the good row still goes in").isEqualTo(1);
    }

    @Test
    void analystsAskTheGuardAboutADraftBeforeSavingWhileViewersCannot() throws Exception {
        var product = leveled("guard-draft-warning");
        long id = Objects.requireNonNull(product.getId());
        var day = LocalDate.of(2024, 3, 11);
        assertThat(quotes.scaleWarning(id, day, new BigDecimal("1410000")))
                .hasValue("1,410,000 is ~1,000× the recent level of 1,455 CNY/kg: is the unit right?");
        assertThat(quotes.scaleWarning(id, day, new BigDecimal("1480"))).isEmpty();
        var viewer = SecurityContextHolder.createEmptyContext();
        viewer.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "viewer", null, List.of(new SimpleGrantedAuthority("ROLE_VIEWER"))));
        var analyst = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(viewer);
        try {
            assertThatThrownBy(() -> quotes.scaleWarning(id, day, BigDecimal.ONE))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.setContext(analyst);
        }
    }

    @Test
    // Commits for real: the audit trail is read over JDBC, which sees the import's audit row after its commit.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void confirmedRowsPassTheGuardAndTheImportsAuditSaysHowMany() throws Exception {
        var code = leveled("guard-import-confirmed").getCode();
        var report = imports.importRows(
                tonnes(code),
                ImportOptions.STRICT.withScaleConfirmed(true),
                "confirmed-tonnes.csv",
                ImportProgress.NONE);
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.scaleConfirmed()).isEqualTo(1);
        assertThat(report.warnings())
                .singleElement()
                .satisfies(
                        w -> assertThat(w.message())
                                .isEqualTo(
                                        "1,410,000 is ~1,000× the recent level of 1,455 CNY/kg: is the unit right? (confirmed)"));
        assertThat(audit("confirmed-tonnes.csv"))
                .singleElement()
                .asString()
                .contains("1 rows confirmed past the scale guard (~1,000× the stored level)");
    }

    @Test
    void aProductWithoutStoredQuotesHasNoGuard() throws Exception {
        var code = ImportTestData.product(products, "guard-none", Element.TB, PriceUnit.KG)
                .getCode();
        var report = imports.importRows(tonnes(code), ImportOptions.STRICT, "no-level", ImportProgress.NONE);
        assertThat(report.problemCount())
                .as("no level: 1,410,000 and 1,456 are both new")
                .isZero();
        assertThat(report.imported()).isEqualTo(2);
    }

    @Test
    void acrossAGapOfYearsTheNearestStoredQuoteIsTheLevel() throws Exception {
        var code = ImportTestData.product(products, "guard-gap", Element.DY, PriceUnit.KG)
                .getCode();
        imports.importRows(
                ImportSource.of(List.of(row(2, "2014-05-02", code, "sunsirs", "1990", "2010", null))),
                ImportOptions.STRICT,
                "gap-level",
                ImportProgress.NONE);
        var later = ImportSource.of(List.of(
                row(2, "2021-06-01", code, "yangtze", "2090", "2110", null),
                row(3, "2021-06-02", code, "yangtze", "1990000", "2010000", null)));
        var report = imports.importRows(later, ImportOptions.STRICT, "gap", ImportProgress.NONE);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message())
                    .isEqualTo(
                            "2,000,000 is ~1,000× the nearest stored level of 2,000 CNY/kg (2014-05-02): is the unit right?");
        });
        // An entry before every stored quote takes the nearest one after it.
        var draft = new QuoteDraft(
                products.findByCode(code).orElseThrow().getId(),
                sources.findByCode("yangtze").orElseThrow().getId(),
                LocalDate.of(2012, 1, 4),
                new BigDecimal("2"),
                new BigDecimal("3"),
                null,
                null,
                false);
        assertThatThrownBy(() -> quotes.enter(draft))
                .isInstanceOf(ScaleGuardException.class)
                .hasMessage("3 is ~1/700 of the nearest stored level of 2,000 CNY/kg (2014-05-02): is the unit right?");
    }

    @Test
    // Commits for real: the audit trail is read over JDBC, which sees the import's audit row after its commit.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void entryFarFromTheLevelNeedsConfirmationAndTheOverrideIsAudited() throws Exception {
        var product = leveled("guard-entry");
        var draft = new QuoteDraft(
                product.getId(),
                sources.findByCode("yangtze").orElseThrow().getId(),
                LocalDate.of(2024, 3, 11),
                new BigDecimal("1400000"),
                new BigDecimal("1420000"),
                null,
                null,
                false);
        assertThatThrownBy(() -> quotes.enter(draft)).isInstanceOfSatisfying(ScaleGuardException.class, e -> {
            assertThat(e.getField()).isEqualTo(QuoteRules.FIELD_MID);
            assertThat(e.getMessage())
                    .isEqualTo("1,410,000 is ~1,000× the recent level of 1,455 CNY/kg: is the unit right?");
        });
        assertThat(quotes.find(product.getId(), draft.sourceId(), draft.date())).isEmpty();

        var saved = quotes.enter(draft.withScaleConfirmed());
        assertThat(saved.mid()).isEqualByComparingTo("1410000");
        assertThat(audit("guard-entry/yangtze/2024-03-11"))
                .singleElement()
                .asString()
                .contains("scale guard overridden: ~1,000× the recent level of 1,455 CNY/kg");
    }

    @Test
    // Commits for real: the audit trail is read over JDBC, which sees the import's audit row after its commit.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void correctionFarFromTheOtherQuotesNeedsConfirmationAndTheOverrideIsAudited() throws Exception {
        var product = leveled("guard-correct");
        var quote = quotes.find(
                        product.getId(),
                        sources.findByCode("sunsirs").orElseThrow().getId(),
                        LocalDate.of(2024, 3, 8))
                .orElseThrow();
        assertThatThrownBy(() -> quotes.correct(
                        quote.id(),
                        quote.version(),
                        new BigDecimal("1450000"),
                        new BigDecimal("1460000"),
                        null,
                        null,
                        "agency republished"))
                .isInstanceOf(ScaleGuardException.class)
                .hasMessage("1,455,000 is ~1,000× the recent level of 1,455 CNY/kg: is the unit right?");
        var corrected = quotes.correct(
                quote.id(),
                quote.version(),
                new BigDecimal("1450000"),
                new BigDecimal("1460000"),
                null,
                null,
                "agency republished in CNY/t",
                true);
        assertThat(corrected.mid()).isEqualByComparingTo("1455000");
        assertThat(audit("agency republished in CNY/t"))
                .singleElement()
                .asString()
                .contains("scale guard overridden: ~1,000× the recent level of 1,455 CNY/kg");
        // Correcting it back needs no confirmation: the quote's own wrong value is not the level.
        var back = quotes.correct(
                quote.id(),
                corrected.version(),
                new BigDecimal("1450"),
                new BigDecimal("1460"),
                null,
                null,
                "back to CNY/kg");
        assertThat(back.mid()).isEqualByComparingTo("1455");
    }
}
