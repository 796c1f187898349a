package app.neodesk.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.GapAndUnitData;
import app.neodesk.NeodeskViewTest;
import app.neodesk.dashboard.ChangeSpan;
import app.neodesk.dashboard.DashboardService;
import app.neodesk.dashboard.WatchTile;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Dashboard tiles name the previous quote's date when it is older than the gap, never after a weekend. */
@NeodeskViewTest
@ExtendWith(GapAndUnitData.class)
@WithMockUser(username = GapAndUnitData.VIEWER, roles = "VIEWER")
class DashboardGapTest extends SpringBrowserlessTest {

    @Autowired
    DashboardService dashboard;

    @Test
    void tileDataCarriesTheOldPreviousDateOnlyAfterTheGap() {
        var tiles = new LinkedHashMap<String, WatchTile>();
        dashboard.myTiles().forEach(t -> tiles.put(t.product().getCode(), t));
        assertThat(tiles.get(GapAndUnitData.GAP_TILE).change(ChangeSpan.DAY).versusDate())
                .isEqualTo(GapAndUnitData.BEFORE_GAP);
        assertThat(tiles.get(GapAndUnitData.WEEKEND_TILE).change(ChangeSpan.DAY).versusDate())
                .isNull();
        assertThat(tiles.get(GapAndUnitData.WEEKEND_TILE).date()).isEqualTo(GapAndUnitData.MONDAY);
    }

    @Test
    void tileReadsMinusTwentyOnePointSevenPercentVsTheOldDate() {
        navigate(DashboardView.class);
        var changes = new LinkedHashMap<String, String>();
        for (var tile : $(Div.class).withClassName("watch-tile").all()) {
            var code = $(Anchor.class, tile)
                    .withClassName("watch-tile-code")
                    .single()
                    .getText();
            changes.put(
                    code,
                    $(Span.class, tile)
                            .withClassName("watch-tile-change")
                            .single()
                            .getText());
        }
        assertThat(changes)
                .containsExactly(
                        Map.entry(GapAndUnitData.GAP_TILE, "-136,500 -21.70% vs 2021-03-18"),
                        Map.entry(GapAndUnitData.WEEKEND_TILE, "nc"));
    }
}
