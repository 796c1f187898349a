package app.neodesk.quote;

import static app.neodesk.GapAndUnitData.AFTER_GAP;
import static app.neodesk.GapAndUnitData.BEFORE_GAP;
import static app.neodesk.GapAndUnitData.FRIDAY;
import static app.neodesk.GapAndUnitData.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.GapAndUnitData;
import app.neodesk.NeodeskSpringTest;
import app.neodesk.catalog.Element;
import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.PriceCurrency;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.ProductData;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.QuoteUnit;
import app.neodesk.catalog.SourceService;
import app.neodesk.support.TestProducts;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The previous quote's date and the unit in force on a quote's date, through the secured services,
 * on {@link GapAndUnitData} (imported with a two-year gap, a weekend and a t → kg change).
 */
@NeodeskSpringTest
@ExtendWith(GapAndUnitData.class)
class PreviousDateAndUnitTest {

    @Autowired
    QuoteService quotes;

    @Autowired
    ProductService products;

    @Autowired
    SourceService sources;

    @Autowired
    JdbcTemplate jdbc;

    private long product(String code) {
        return products.findByCode(code).orElseThrow().getId();
    }

    private long yangtze() {
        return sources.findByCode("yangtze").orElseThrow().getId();
    }

    private QuoteRow row(String code, LocalDate date) {
        return quotes.find(product(code), yangtze(), date).orElseThrow();
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void importOfARangeWithAMultiYearGapStoresTheOldPreviousDate() {
        var afterGap = row(GapAndUnitData.GAP, AFTER_GAP);
        assertThat(afterGap.previousDate()).isEqualTo(BEFORE_GAP);
        assertThat(PriceFormat.changePercent(afterGap.change())).isEqualTo("-21.70%");
        assertThat(quotes.previousGap().label(afterGap.date(), afterGap.previousDate()))
                .isEqualTo(" vs 2021-03-18");

        var monday = row(GapAndUnitData.GAP, MONDAY);
        assertThat(monday.previousDate()).isEqualTo(FRIDAY);
        assertThat(quotes.previousGap().exceeded(monday.date(), monday.previousDate()))
                .isFalse();
        assertThat(row(GapAndUnitData.GAP, BEFORE_GAP).previousDate()).isNull();
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void chartPointsCarryThePreviousDate() {
        var points = quotes.points(product(GapAndUnitData.GAP), yangtze(), BEFORE_GAP, LocalDate.of(2023, 6, 6));
        assertThat(points)
                .extracting(QuotePoint::previousDate)
                .containsExactly(null, BEFORE_GAP, AFTER_GAP, FRIDAY, MONDAY);
        assertThat(quotes.recent(product(GapAndUnitData.GAP_TILE), yangtze(), 1)
                        .getFirst()
                        .previousDate())
                .isEqualTo(BEFORE_GAP);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void enterCorrectAndDeleteKeepThePreviousDateOfTheNextQuote() {
        long nd = products.create(
                        TestProducts.chinaSpot("nd-oxide-prevdate", Element.ND, MaterialForm.OXIDE, PriceUnit.T))
                .getId();
        long src = yangtze();
        quotes.enter(draft(nd, src, BEFORE_GAP, "640000", "650000"));
        var late = quotes.enter(draft(nd, src, AFTER_GAP, "500000", "510000").confirmed());
        assertThat(late.previousDate()).as("after enter").isEqualTo(BEFORE_GAP);

        var between = quotes.enter(
                draft(nd, src, LocalDate.of(2022, 1, 10), "900000", "910000").confirmed());
        assertThat(between.previousDate()).isEqualTo(BEFORE_GAP);
        assertThat(quotes.get(late.id()).previousDate())
                .as("a quote entered in between")
                .isEqualTo(between.date());

        var corrected = quotes.correct(
                between.id(),
                between.version(),
                new BigDecimal("880000"),
                new BigDecimal("890000"),
                null,
                null,
                "typo in the range");
        var afterCorrection = quotes.get(late.id());
        assertThat(afterCorrection.previousDate()).as("after correct").isEqualTo(between.date());
        assertThat(afterCorrection.previousMid()).isEqualByComparingTo("885000");

        quotes.delete(corrected.id(), corrected.version(), "entered for the wrong product");
        var afterDelete = quotes.get(late.id());
        assertThat(afterDelete.previousDate()).as("after delete").isEqualTo(BEFORE_GAP);
        assertThat(afterDelete.previousMid()).isEqualByComparingTo("645000");
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void historyShowsTheUnitInForceOnEachDateAfterATonneToKgChange() {
        assertThat(row(GapAndUnitData.UNIT, GapAndUnitData.LAST_TONNE_DAY).unitLabel())
                .isEqualTo("CNY/t");
        assertThat(row(GapAndUnitData.UNIT, LocalDate.of(2023, 8, 31)).unitLabel())
                .isEqualTo("CNY/t");
        var kg = row(GapAndUnitData.UNIT, GapAndUnitData.KG_FROM);
        assertThat(kg.unitLabel()).isEqualTo("CNY/kg");
        assertThat(kg.currency()).isEqualTo(PriceCurrency.CNY);
        assertThat(row(GapAndUnitData.GAP, AFTER_GAP).unit()).isEqualTo(QuoteUnit.of(PriceCurrency.CNY, PriceUnit.T));

        var change = products.specChanges(product(GapAndUnitData.UNIT)).getLast();
        assertThat(change.getEffectiveDate()).isEqualTo(GapAndUnitData.KG_FROM);
        assertThat(change.getOldUnit()).contains(QuoteUnit.of(PriceCurrency.CNY, PriceUnit.T));
        assertThat(change.getNewUnit()).contains(QuoteUnit.of(PriceCurrency.CNY, PriceUnit.KG));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void specificationChangeThatKeepsTheUnitRecordsNoUnits() {
        var created =
                products.create(TestProducts.chinaSpot("gd-oxide-purity", Element.GD, MaterialForm.OXIDE, PriceUnit.T));
        products.update(
                created.requireId(),
                created.getVersion(),
                ProductData.of(created).withMinPurity(new BigDecimal("99.9")),
                LocalDate.of(2026, 2, 2));
        var change = products.specChanges(created.getId()).getLast();
        assertThat(change.getOldUnit()).isEmpty();
        assertThat(change.getNewUnit()).isEmpty();
    }

    @Test
    @WithMockUser(username = "trader", roles = "VIEWER")
    void exportNamesUnitAndCurrencyOfEachRow() throws Exception {
        var out = new ByteArrayOutputStream();
        quotes.exportCsv(QuoteFilter.ofProduct(product(GapAndUnitData.UNIT)), out);
        var lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFF" + String.join(",", HistoryCsv.COLUMNS));
        assertThat(lines[1]).startsWith("2023-09-04,dy-oxide-unit,yangtze,2480,2500,2490,CNY/kg,CNY,");
        assertThat(lines[2])
                .startsWith("2023-09-01,dy-oxide-unit,yangtze,2480000,2500000,2490000,CNY/t,CNY,20000,0.81,");
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void analystCannotChangeAProductsUnit() {
        // A copy to edit, as the admin form loads it: findByCode answers from the shared catalog snapshot.
        var dy = products.get(
                products.findByCode(GapAndUnitData.UNIT).orElseThrow().getId());
        assertThatThrownBy(() -> products.update(
                        dy.requireId(),
                        dy.getVersion(),
                        ProductData.of(dy).withUnit(PriceCurrency.CNY, PriceUnit.T),
                        LocalDate.of(2026, 2, 12)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(products.get(dy.requireId()).getUnit()).isEqualTo(PriceUnit.KG);
    }

    @Test
    void anonymousCannotReadTheGapRuleOrUnits() {
        assertThatThrownBy(() -> quotes.previousGap()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> products.catalog()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void migrationBackfillGivesEveryLiveQuoteItsPreviousDate() throws Exception {
        // Run V6's backfill again over rows whose prev_date is wiped: it must restore what the service keeps.
        long gap = product(GapAndUnitData.GAP);
        var expected = dates(gap);
        jdbc.update("update quote set prev_date = null where product_id = ?", gap);
        var migration = Files.readString(Path.of("src/main/resources/db/migration/V6__previous_dates_and_units.sql"));
        var backfill = migration.substring(
                migration.indexOf("update quote q"), migration.indexOf(';', migration.indexOf("update quote q")));
        jdbc.update(backfill);
        assertThat(dates(gap)).isEqualTo(expected).contains(BEFORE_GAP, FRIDAY);
    }

    private List<LocalDate> dates(long productId) {
        return jdbc.query(
                "select prev_date from quote where product_id = ? and deleted_id = 0 order by quote_date",
                (rs, i) -> rs.getObject(1, LocalDate.class),
                productId);
    }

    private static QuoteDraft draft(long product, long source, LocalDate date, String low, String high) {
        return new QuoteDraft(product, source, date, new BigDecimal(low), new BigDecimal(high), null, null, false);
    }
}
