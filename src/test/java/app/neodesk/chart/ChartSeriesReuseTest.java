package app.neodesk.chart;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.catalog.Element;
import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceData;
import app.neodesk.catalog.SourceService;
import app.neodesk.chart.ui.ChartComposer;
import app.neodesk.chart.ui.ChartPoint;
import app.neodesk.chart.ui.ChartSeries;
import app.neodesk.chart.ui.SeriesDocuments;
import app.neodesk.quote.QuoteDraft;
import app.neodesk.quote.QuoteService;
import app.neodesk.support.TestProducts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A chart reuses the converted points of an unchanged series, and shows every committed change in
 * its next load. Each test has its own product and source; writes commit for real.
 */
@NeodeskSpringTest
@WithMockUser(username = "admin", roles = "ADMIN")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ChartSeriesReuseTest {

    private static final LocalDate DAY = LocalDate.of(2018, 3, 5);

    @Autowired
    ChartService charts;

    @Autowired
    QuoteService quotes;

    @Autowired
    ProductService products;

    @Autowired
    SourceService sources;

    private String pair(String code) {
        var product = products.create(TestProducts.chinaSpot(code, Element.TB, MaterialForm.METAL, PriceUnit.KG));
        sources.create(new SourceData(code + "-src", "Chart reuse " + code, null, null), List.of());
        return product.getCode();
    }

    private void enter(String code, LocalDate date, String low, String high) {
        var product = products.catalog().productByCode(code).orElseThrow();
        var source = products.catalog().sourceByCode(code + "-src").orElseThrow();
        quotes.enter(new QuoteDraft(
                product.getId(), source.getId(), date, new BigDecimal(low), new BigDecimal(high), null, null, true));
    }

    private ProductSeries load(String code, String range) {
        return charts.load(state(code, range)).series().getFirst();
    }

    private static ChartState state(String code, String range) {
        return ChartState.parse(Map.of(
                ChartState.PRODUCTS, List.of(code),
                ChartState.SOURCE, List.of(code + "-src"),
                ChartState.RANGE, List.of(range)));
    }

    private ChartSeries drawn(String code) {
        return ChartComposer.compose(charts.load(state(code, "All"))).series().getFirst();
    }

    @Test
    void aQuoteEnteredAfterAChartLoadIsInTheNextLoadWithItsChange() {
        var code = pair("cr-enter");
        enter(code, DAY, "8000", "8200");
        assertThat(load(code, "All").points()).extracting(PricePoint::mid).containsExactly(new BigDecimal("8100"));

        enter(code, DAY.plusDays(1), "8300", "8500");

        var series = load(code, "All");
        assertThat(series.points())
                .extracting(PricePoint::mid)
                .containsExactly(new BigDecimal("8100"), new BigDecimal("8400"));
        assertThat(series.changes().getLast().change()).isEqualByComparingTo("300");
        assertThat(series.changes().getLast().changePercent()).isEqualByComparingTo("3.70");
    }

    @Test
    void anUnchangedSeriesIsConvertedOnceForEveryLoad() {
        var code = pair("cr-same");
        enter(code, DAY, "8000", "8200");
        enter(code, DAY.plusDays(1), "8000", "8200");

        var first = load(code, "All");
        var second = load(code, "All");

        assertThat(second.points()).as("the converted points of the first load").isSameAs(first.points());
        assertThat(second.changes().getLast().change()).as("an unchanged day").isEqualByComparingTo("0");
    }

    @Test
    void aRangeShowsTheWholeSeriesPointsInItWithChangesAgainstQuotesBeforeIt() {
        var code = pair("cr-range");
        enter(code, DAY, "8000", "8200");
        enter(code, DAY.plusDays(1), "8000", "8200");
        enter(code, DAY.plusYears(2), "9000", "9200"); // two years without a quote
        enter(code, DAY.plusYears(2).plusDays(3), "8900", "9100");
        var all = load(code, "All");

        var year = load(code, "1Y");

        assertThat(year.points())
                .extracting(PricePoint::date)
                .containsExactly(DAY.plusYears(2), DAY.plusYears(2).plusDays(3));
        assertThat(year.points()).isEqualTo(all.points().subList(2, 4));
        assertThat(year.changes()).isEqualTo(all.changes().subList(2, 4));
        var first = year.changes().getFirst();
        assertThat(first.change())
                .as("against the quote two years before the range")
                .isEqualByComparingTo("1000");
        assertThat(first.previousDate()).isEqualTo(DAY.plusDays(1));
    }

    @Test
    void goingBackToAnUnchangedChartReusesItsDocumentAndANewQuoteMakesANewOne() {
        var code = pair("cr-doc");
        enter(code, DAY, "8000", "8200");
        enter(code, DAY.plusDays(1), "8300", "8500");

        var first = drawn(code);
        var again = drawn(code);
        assertThat(SeriesDocuments.of(again)).as("the same document").isSameAs(SeriesDocuments.of(first));

        enter(code, DAY.plusDays(2), "8300", "8500");
        var changed = drawn(code);
        assertThat(changed.points()).extracting(ChartPoint::date).endsWith(DAY.plusDays(2));
        assertThat(SeriesDocuments.of(changed).key())
                .isNotEqualTo(SeriesDocuments.of(first).key());
    }
}
