package app.neodesk.base.ui;

import com.vaadin.flow.component.grid.Grid;

/**
 * Hides a grid's less important columns on narrow screens (≤ 640 px, the breakpoint of
 * {@link FilterBar}), so that the ones that matter fit a phone. The browser decides with a media
 * query and shows the columns again when the window widens: resizing needs no server round trip.
 */
public final class NarrowColumns {

    static final String ATTRIBUTE = "narrow-hidden";
    static final String MEDIA_QUERY = "(max-width: 640px)";

    private NarrowColumns() {
    }

    /** Marks the columns to hide on narrow screens, and makes the grid follow the media query. */
    @SafeVarargs
    public static <T> void hide(Grid<T> grid, Grid.Column<T>... columns) {
        for (var column : columns) {
            column.getElement().setAttribute(ATTRIBUTE, true);
        }
        if (!grid.getElement().hasAttribute("narrow-columns")) {
            grid.getElement().setAttribute("narrow-columns", true);
            grid.addAttachListener(e -> grid.getElement().executeJs("""
                    const grid = this;
                    if (!grid.__narrowColumns) {
                      const media = window.matchMedia($0);
                      grid.__narrowColumns = () => grid.querySelectorAll('vaadin-grid-column[narrow-hidden]')
                          .forEach(column => { column.hidden = media.matches; });
                      media.addEventListener('change', grid.__narrowColumns);
                    }
                    grid.__narrowColumns();""", MEDIA_QUERY));
        }
    }
}
