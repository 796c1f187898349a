package app.neodesk.quote;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.catalog.Element;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.ProductService;
import app.neodesk.support.PostgresSpringTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * After a large import PostgreSQL reads the history's pages through the date index, even where
 * autovacuum has not yet refreshed (or never refreshes) its statistics: the import does it. A
 * small import leaves it to autovacuum. Each test rolls back, statistics included.
 */
@PostgresSpringTest
@WithMockUser(username = "analyst", roles = "ANALYST")
class ImportStatisticsPostgresTest {

    /** The history's first page, as {@link QuoteJdbc} asks for it. */
    private static final String FIRST_PAGE = "explain (format json) select q.id, q.mid from quote q"
            + " where q.deleted_id = 0 order by q.quote_date desc, q.id desc fetch first 100 rows only";

    @Autowired
    QuoteImportService imports;

    @Autowired
    ProductService products;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLargeImportLeavesStatisticsThatReadTheHistoryByItsDateIndex() {
        long analyzed = manualAnalyzeCount();
        var report = importWeekdays("stats-large", QuoteImporter.ANALYZE_AFTER_ROWS + 500);
        assertThat(report.imported()).isEqualTo(QuoteImporter.ANALYZE_AFTER_ROWS + 500);
        assertThat(manualAnalyzeCount()).isEqualTo(analyzed + 1);
        assertThat(statisticsOfQuoteDates()).as("statistics of quote_date").isOne();
        assertThat(firstPagePlan())
                .contains("\"Index Name\": \"ix_quote_date\"")
                .doesNotContain("\"Node Type\": \"Sort\"");
    }

    @Test
    void aSmallImportLeavesTheStatisticsToAutovacuum() {
        long analyzed = manualAnalyzeCount();
        var report = importWeekdays("stats-small", 20);
        assertThat(report.imported()).isEqualTo(20);
        assertThat(manualAnalyzeCount()).isEqualTo(analyzed);
    }

    private ImportReport importWeekdays(String code, int count) {
        var product = ImportTestData.product(products, code, Element.ND, PriceUnit.KG);
        var rows = new ArrayList<ImportRow>();
        var day = LocalDate.of(2012, 1, 2);
        while (rows.size() < count) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                rows.add(ImportTestData.row(
                        rows.size() + 1, day.toString(), product.getCode(), "inhouse", "640", "660", null));
            }
            day = day.plusDays(1);
        }
        return imports.importRows(List.copyOf(rows), code, ImportProgress.NONE);
    }

    /** How often the quote table was analyzed by a command, not by autovacuum (which may run any time). */
    private long manualAnalyzeCount() {
        jdbc.execute("select pg_stat_clear_snapshot()");
        return jdbc.queryForObject(
                "select analyze_count from pg_stat_user_tables where schemaname = current_schema()"
                        + " and relname = 'quote'",
                Long.class);
    }

    private int statisticsOfQuoteDates() {
        return jdbc.queryForObject(
                "select count(*) from pg_stats where schemaname = current_schema() and tablename = 'quote'"
                        + " and attname = 'quote_date'",
                Integer.class);
    }

    private String firstPagePlan() {
        return jdbc.queryForObject(FIRST_PAGE, String.class);
    }
}
