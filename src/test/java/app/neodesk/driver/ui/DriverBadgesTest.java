package app.neodesk.driver.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.driver.Direction;
import app.neodesk.driver.DriverCategory;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The grid columns render the same badges as the components the detail view shows, as templates. */
class DriverBadgesTest {

    record Row(DriverCategory category, Direction direction) {}

    @Test
    void categoryColumnShowsTheLabelWithTheCategoryColourClass() {
        var renderer = DriverBadges.<Row>categoryRenderer(Row::category);
        var row = new Row(DriverCategory.SUPPLY, Direction.BULLISH);

        assertThat(values(renderer, row))
                .containsEntry("text", DriverCategory.SUPPLY.label())
                .containsEntry("cls", "driver-cat-" + DriverCategory.SUPPLY.urlValue());
        var component = DriverBadges.category(DriverCategory.SUPPLY);
        assertThat(component.getText()).isEqualTo(values(renderer, row).get("text"));
        assertThat(component.getClassNames())
                .contains("driver-badge", (String) values(renderer, row).get("cls"));
    }

    @Test
    void directionColumnShowsTheArrowAndLabelAndAnEmptyCellWhenThereIsNone() {
        var renderer = DriverBadges.<Row>directionRenderer(Row::direction);

        assertThat(values(renderer, new Row(DriverCategory.SUPPLY, Direction.BEARISH)))
                .containsEntry("text", "▼ " + Direction.BEARISH.label())
                .containsEntry("cls", "driver-dir-" + Direction.BEARISH.urlValue());
        var none = DriverBadges.<Direction>directionRenderer(d -> null);
        assertThat(values(none, Direction.BULLISH)).containsEntry("text", "").containsEntry("cls", "driver-dir-none");
        assertThat(DriverBadges.direction(Direction.BEARISH).getText()).isEqualTo("▼ " + Direction.BEARISH.label());
    }

    private static <T> Map<String, Object> values(LitRenderer<T> renderer, T row) {
        var values = new HashMap<String, Object>();
        renderer.getValueProviders().forEach((name, provider) -> values.put(name, provider.apply(row)));
        return values;
    }
}
