package app.neodesk.quote;

import static app.neodesk.GapAndUnitData.AFTER_GAP;
import static app.neodesk.GapAndUnitData.BEFORE_GAP;
import static app.neodesk.GapAndUnitData.KG_FROM;
import static app.neodesk.GapAndUnitData.LAST_TONNE_DAY;
import static app.neodesk.GapAndUnitData.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.GapAndUnitData;
import app.neodesk.NeodeskSpringTest;
import app.neodesk.base.XlsxReader;
import app.neodesk.catalog.Element;
import app.neodesk.catalog.MarketBasis;
import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.PriceCurrency;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.ProductData;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The history as an Excel workbook through the secured service, read back with POI: typed cells, the
 * unit in the header or a Unit column, the About sheet, the roles, an empty result, Chinese text.
 */
@NeodeskSpringTest
@ExtendWith(GapAndUnitData.class)
class HistoryXlsxExportTest {

    private static final String ALLOY = "xlsx-prnd-alloy";
    private static final LocalDate ALLOY_DAY = LocalDate.of(2019, 5, 6);

    @Autowired
    QuoteService quotes;

    @Autowired
    ProductService products;

    @Autowired
    SourceService sources;

    @Autowired
    Clock clock;

    private long product(String code) {
        return products.findByCode(code).orElseThrow().getId();
    }

    private long yangtze() {
        return sources.findByCode("yangtze").orElseThrow().getId();
    }

    private XlsxReader export(QuoteFilter filter) {
        var out = new ByteArrayOutputStream();
        try {
            long rows = quotes.exportXlsx(filter, out);
            var book = XlsxReader.read(out.toByteArray());
            assertThat(book.rows()).hasSize((int) rows);
            return book;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T as(String username, String role, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static Row on(XlsxReader book, LocalDate date) {
        return book.rows().stream()
                .filter(r ->
                        r.getCell(0).getLocalDateTimeCellValue().toLocalDate().equals(date))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row on " + date));
    }

    @Test
    @WithMockUser(username = "trader", roles = "TRADER")
    void oneProductInOneUnitNamesTheUnitInThePriceHeadersAndWritesNumbersAndDates() {
        var book = export(new QuoteFilter(
                Set.of(product("nd-metal-cn")), yangtze(), LocalDate.of(2026, 2, 11), LocalDate.of(2026, 2, 11)));
        assertThat(book.header())
                .contains("Low (CNY/t)", "High (CNY/t)", "Mid (CNY/t)", "Change (CNY/t)")
                .doesNotContain("Unit");
        var row = book.rows().getFirst();
        assertThat(XlsxReader.isDate(row.getCell(0))).isTrue();
        var mid = book.cell(row, "Mid (CNY/t)");
        assertThat(mid.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(mid.getNumericCellValue()).isEqualTo(1_085_000d);
        assertThat(mid.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        assertThat(book.cell(row, "Change (CNY/t)").getNumericCellValue()).isEqualTo(35_000d);
        assertThat(book.cell(row, "Change %").getNumericCellValue()).isEqualTo(3.33d);
        assertThat(book.data().getPaneInformation().isFreezePane()).isTrue();
        assertThat(book.autoFilter()).startsWith("A1:").endsWith("2");
    }

    @Test
    @WithMockUser(username = "gap-viewer", roles = "VIEWER")
    void productThatMovedFromTonnesToKilosGetsAUnitColumnWithEachRowsUnit() {
        var book = export(new QuoteFilter(Set.of(product(GapAndUnitData.UNIT)), yangtze(), null, null));
        assertThat(book.header()).contains("Mid", "Unit").doesNotContain("Mid (CNY/t)", "Mid (CNY/kg)");
        var tonnes = on(book, LAST_TONNE_DAY);
        assertThat(book.cell(tonnes, "Mid").getNumericCellValue()).isEqualTo(2_490_000d);
        assertThat(book.cell(tonnes, "Unit").getStringCellValue()).isEqualTo("CNY/t");
        var kilos = on(book, KG_FROM);
        assertThat(book.cell(kilos, "Mid").getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(book.cell(kilos, "Mid").getNumericCellValue()).isEqualTo(2_490d);
        assertThat(book.cell(kilos, "Unit").getStringCellValue()).isEqualTo("CNY/kg");
    }

    @Test
    @WithMockUser(username = "gap-viewer", roles = "VIEWER")
    void gapOfYearsAndAnUnchangedDayAreRealNumbers() {
        var book = export(new QuoteFilter(Set.of(product(GapAndUnitData.GAP)), yangtze(), BEFORE_GAP, MONDAY));
        assertThat(book.header()).contains("Mid (CNY/t)");
        var afterGap = on(book, AFTER_GAP);
        assertThat(book.cell(afterGap, "Mid (CNY/t)").getNumericCellValue()).isEqualTo(640_000d);
        assertThat(book.cell(afterGap, "Change %").getNumericCellValue()).isEqualTo(-21.70d);
        var unchanged = on(book, MONDAY);
        assertThat(book.cell(unchanged, "Change (CNY/t)").getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(book.cell(unchanged, "Change (CNY/t)").getNumericCellValue()).isZero();
        assertThat(book.cell(on(book, BEFORE_GAP), "Change (CNY/t)"))
                .as("first quote: no change")
                .isNull();
    }

    @Test
    @WithMockUser(username = "trader", roles = "TRADER")
    void aboutSheetNamesTheFilterSourcesUserAndTheTimeOfTheInjectedClock() {
        var book = export(new QuoteFilter(Set.of(product(GapAndUnitData.GAP)), yangtze(), BEFORE_GAP, null));
        var about = book.about();
        assertThat(about.get("Filters"))
                .contains(GapAndUnitData.GAP)
                .contains("source: yangtze")
                .contains("from: 2021-03-18")
                .contains("to: last quote");
        assertThat(about.get("Sources"))
                .isEqualTo(sources.findByCode("yangtze").orElseThrow().getLabel());
        assertThat(about)
                .containsEntry("Exported by", "trader")
                .containsEntry(
                        "Exported at",
                        Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString())
                .containsEntry("Rows", Integer.toString(book.rows().size()));
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void emptyResultIsAValidWorkbookWithTheHeaderAndNoRows() {
        var book = export(new QuoteFilter(
                Set.of(product(GapAndUnitData.GAP)), yangtze(), LocalDate.of(2040, 1, 1), LocalDate.of(2040, 12, 31)));
        assertThat(book.header())
                .startsWith("Date", "Product", "Product name", "Source")
                .contains("Mid (CNY/t)");
        assertThat(book.rows()).isEmpty();
        assertThat(book.about()).containsEntry("Rows", "no rows").containsEntry("Sources", "none");
    }

    @Test
    void chineseProductNamesAndCommentsSurviveWithTheProductsScale() {
        as("xlsx-admin", "ADMIN", () -> {
            if (products.findByCode(ALLOY).isEmpty()) {
                var alloy = ProductData.of(
                        ALLOY,
                        Element.PRND,
                        MaterialForm.ALLOY,
                        new BigDecimal("99"),
                        MarketBasis.CN_EXW,
                        PriceCurrency.CNY,
                        PriceUnit.KG,
                        2);
                products.create(alloy.withFormDetail("镨钕合金"));
                quotes.enter(new QuoteDraft(
                        product(ALLOY),
                        yangtze(),
                        ALLOY_DAY,
                        new BigDecimal("612.25"),
                        new BigDecimal("618.75"),
                        new BigDecimal("615.50"),
                        "长江有色 午间报价",
                        false));
            }
            return null;
        });
        var book = as("xlsx-viewer", "VIEWER", () -> export(new QuoteFilter(Set.of(product(ALLOY)), null, null, null)));
        var row = on(book, ALLOY_DAY);
        assertThat(book.cell(row, "Product name").getStringCellValue()).contains("镨钕合金");
        assertThat(book.cell(row, "Comment").getStringCellValue()).isEqualTo("长江有色 午间报价");
        var mid = book.cell(row, "Mid (CNY/kg)");
        assertThat(mid.getNumericCellValue()).isEqualTo(615.5d);
        assertThat(mid.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
    }

    @ParameterizedTest(name = "{0} may export the history as a workbook")
    @ValueSource(strings = {"VIEWER", "TRADER", "ANALYST", "ADMIN"})
    void everySignedInRoleMayExportTheRowsItSees(String role) {
        var filter = as(
                "xlsx-admin",
                "ADMIN",
                () -> new QuoteFilter(Set.of(product(GapAndUnitData.GAP)), yangtze(), BEFORE_GAP, MONDAY));
        var book = as("xlsx-" + role.toLowerCase(), role, () -> export(filter));
        var csv = new ByteArrayOutputStream();
        long csvRows = as("xlsx-" + role.toLowerCase(), role, () -> {
            try {
                return quotes.exportCsv(filter, csv);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(book.rows()).hasSize((int) csvRows).hasSize(4);
    }

    @Test
    void anonymousCallerCannotExport() {
        assertThatThrownBy(() -> quotes.exportXlsx(QuoteFilter.all(), new ByteArrayOutputStream()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
