package app.neodesk.quote.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.GapAndUnitData;
import app.neodesk.NeodeskViewTest;
import app.neodesk.quote.QuoteRow;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.security.test.context.support.WithMockUser;

/** The history grid names each row's unit and marks changes against old previous quotes. */
@NeodeskViewTest
@ExtendWith(GapAndUnitData.class)
@WithMockUser(username = "trader", roles = "VIEWER")
class HistoryUnitsAndGapsTest extends SpringBrowserlessTest {

    private GridTester<?, QuoteRow> open(String product) {
        UI.getCurrent().navigate("history", QueryParameters.fromString("product=" + product));
        var view = (HistoryView) getCurrentView();
        @SuppressWarnings("unchecked")
        var grid = (GridTester<?, QuoteRow>) (GridTester<?, ?>) test(view.grid);
        return grid;
    }

    /** Cell text of a column by key, per quote date. */
    private static Map<LocalDate, String> column(GridTester<?, QuoteRow> grid, String key) {
        var texts = new LinkedHashMap<LocalDate, String>();
        int position = grid.getColumnPosition(key);
        for (int i = 0; i < grid.size(); i++) {
            texts.put(grid.getRow(i).date(), grid.getCellText(i, position));
        }
        return texts;
    }

    private static Map<LocalDate, String> changePercents(GridTester<?, QuoteRow> grid) {
        var texts = new LinkedHashMap<LocalDate, String>();
        for (int i = 0; i < grid.size(); i++) {
            texts.put(grid.getRow(i).date(), grid.getLitRendererPropertyValue(i, "changePct", "text", String.class));
        }
        return texts;
    }

    @Test
    void changeAgainstAQuoteTwoYearsOlderNamesItsDateAndAWeekendDoesNot() {
        var grid = open(GapAndUnitData.GAP);
        var pct = changePercents(grid);
        assertThat(pct)
                .containsEntry(GapAndUnitData.AFTER_GAP, "-21.70% vs 2021-03-18")
                .containsEntry(GapAndUnitData.FRIDAY, "-1.56%")
                .containsEntry(GapAndUnitData.MONDAY, "nc")
                .containsEntry(LocalDate.of(2023, 6, 6), "+0.79%")
                .containsEntry(GapAndUnitData.BEFORE_GAP, "");
        assertThat(pct.get(GapAndUnitData.MONDAY)).doesNotContain("vs");
        int afterGap = 0;
        while (!grid.getRow(afterGap).date().equals(GapAndUnitData.AFTER_GAP)) {
            afterGap++;
        }
        assertThat(grid.getLitRendererPropertyValue(afterGap, "changePct", "base", String.class))
                .isEqualTo("Against the quote of 2021-03-18 (805 days earlier)");
    }

    @Test
    void unitColumnShowsTheUnitInForceOnEachQuotesDate() {
        var grid = open(GapAndUnitData.UNIT);
        assertThat(grid.getHeaderCell(grid.getColumnPosition("unit"))).isEqualTo("Unit");
        assertThat(column(grid, "unit"))
                .containsExactly(
                        Map.entry(GapAndUnitData.KG_FROM, "CNY/kg"),
                        Map.entry(GapAndUnitData.LAST_TONNE_DAY, "CNY/t"),
                        Map.entry(LocalDate.of(2023, 8, 31), "CNY/t"));
        assertThat(column(open(GapAndUnitData.GAP), "unit").values()).containsOnly("CNY/t");
    }
}
