package app.neodesk.demo;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import app.neodesk.quote.PriceFormat;
import app.neodesk.quote.QuoteFilter;
import app.neodesk.quote.QuoteService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo mode with the generated ten-year history (its own context). */
@NeodeskSpringTest
@TestPropertySource(properties = "neodesk.demo.history=true")
@WithMockUser(username = "trader", roles = "VIEWER")
class DemoHistoryTest {

    @Autowired
    QuoteService quotes;
    @Autowired
    ProductService products;
    @Autowired
    SourceService sources;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoQuotes demoQuotes;

    @Test
    void generatedHistoryCoversEveryDemoProductOnWorkingDaysAndJoinsTheSeedDays() {
        var perProduct = jdbc.queryForList("select product_id, min(quote_date) as first_day, count(*) as n from quote"
                + " group by product_id");
        assertThat(perProduct).hasSize(7);
        assertThat(perProduct).allSatisfy(r -> assertThat(((Number) r.get("n")).intValue()).isGreaterThan(2600));
        assertThat(jdbc.queryForObject("select min(quote_date) from quote", LocalDate.class))
                .isEqualTo(LocalDate.of(2016, 1, 4));
        var filter = new QuoteFilter(Set.of(products.findByCode("nd-metal-cn").orElseThrow().getId()),
                sources.findByCode("yangtze").orElseThrow().getId(), LocalDate.of(2026, 2, 9), null);
        var rows = quotes.historyAfter(filter, null, 10);
        assertThat(rows).extracting(r -> r.date().toString()).containsExactly("2026-02-11", "2026-02-10", "2026-02-09");
        assertThat(PriceFormat.changePercent(rows.get(0).change())).isEqualTo("+3.33%");
        assertThat(rows.get(2).mid()).isEqualByComparingTo("1045000");
        assertThat(PriceFormat.changeAmount(rows.get(1).change(), 0)).isEqualTo("+5,000");
    }

    @Test
    void generatedHistoryIsReproducible() {
        var first = app.neodesk.security.SystemAuthentication.call(() -> demoQuotes.history());
        var second = app.neodesk.security.SystemAuthentication.call(() -> demoQuotes.history());
        assertThat(first).isEqualTo(second);
        assertThat(first).allSatisfy(r -> assertThat(r.date().getDayOfWeek().getValue()).isLessThan(6));
    }
}
