package app.neodesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

/** Columns carry the widest window at which they hide; the grid reports its breakpoints to the page once. */
class NarrowColumnsTest {

    @Test
    void hideMarksColumnsForThePhoneBreakpoint() {
        var grid = new Grid<String>();
        var shown = grid.addColumn(s -> s).setKey("shown");
        var hidden = grid.addColumn(s -> s).setKey("hidden");
        NarrowColumns.hide(grid, hidden);

        assertThat(hidden.getElement().getAttribute(NarrowColumns.ATTRIBUTE)).isEqualTo("640");
        assertThat(shown.getElement().hasAttribute(NarrowColumns.ATTRIBUTE)).isFalse();
        assertThat(NarrowColumns.breakpoints(grid)).isEqualTo("640");
    }

    @Test
    void hideBelowGivesEachColumnItsOwnBreakpointAndTheGridListsEachOnce() {
        var grid = new Grid<String>();
        var phone = grid.addColumn(s -> s).setKey("phone");
        var tablet = grid.addColumn(s -> s).setKey("tablet");
        var alsoTablet = grid.addColumn(s -> s).setKey("alsoTablet");
        NarrowColumns.hideBelow(grid, 1100, tablet, alsoTablet);
        NarrowColumns.hide(grid, phone);

        assertThat(tablet.getElement().getAttribute(NarrowColumns.ATTRIBUTE)).isEqualTo("1100");
        assertThat(phone.getElement().getAttribute(NarrowColumns.ATTRIBUTE)).isEqualTo("640");
        assertThat(NarrowColumns.breakpoints(grid).split(",")).containsExactlyInAnyOrder("640", "1100");
    }

    @Test
    void aBreakpointMustBeAPositiveWidth() {
        var grid = new Grid<String>();
        var column = grid.addColumn(s -> s);
        assertThatThrownBy(() -> NarrowColumns.hideBelow(grid, 0, column))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive width");
    }
}
