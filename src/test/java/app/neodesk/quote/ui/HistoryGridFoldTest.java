package app.neodesk.quote.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.quote.PreviousGap;
import com.vaadin.flow.component.grid.Grid;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The history grid folds through NarrowColumns: two columns at 1100 px, all but four at 640 px. */
class HistoryGridFoldTest {

    @Test
    void lowHighCorrectedAndEnteredByFoldOnATabletAndOnlyDateProductMidAndChangeStayOnAPhone() {
        var grid = new HistoryGrid(PreviousGap.DEFAULT);
        Map<String, String> foldAt = grid.getColumns().stream()
                .collect(Collectors.toMap(
                        Grid.Column::getKey, c -> String.valueOf(c.getElement().getAttribute("narrow-hidden"))));

        for (var key : new String[] {"low", "high", "corrected", "enteredBy"}) {
            assertThat(foldAt).containsEntry(key, "1100");
        }
        for (var key : new String[] {"source", "unit", "changePct"}) {
            assertThat(foldAt).containsEntry(key, "640");
        }
        for (var key : new String[] {"date", "product", "mid", "change"}) {
            assertThat(foldAt).as(key + " never folds").containsEntry(key, "null");
        }
    }
}
