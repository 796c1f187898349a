package app.neodesk.base.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Hides a grid's less important columns on narrow screens, so that the ones that matter fit. The
 * browser decides with media queries ({@code max-width}) and shows the columns again when the
 * window widens: resizing needs no server round trip. {@link #hide} uses the phone breakpoint of
 * {@link FilterBar} ({@value #PHONE} px); {@link #hideBelow} takes another, and one grid may use
 * several (the widest that matches wins, as a column hides at its own breakpoint and below).
 * <p>
 * The page keeps one {@code MediaQueryList} listener per breakpoint for its whole life, shared by
 * every grid; it holds the grids only through {@code WeakRef}s and drops those that are gone or
 * no longer in the page whenever a breakpoint is crossed or another grid registers. A grid of a
 * view the user left is therefore never kept alive by a listener (each visit builds a new grid).
 */
public final class NarrowColumns {

    /** The phone breakpoint, in CSS pixels (the one of {@link FilterBar}). */
    public static final int PHONE = 640;
    /** On a column: the widest window, in CSS pixels, at which it is hidden. */
    static final String ATTRIBUTE = "narrow-hidden";

    /**
     * Runs on every attach of a grid (argument: the grid's breakpoints, comma-separated). The registry lives on
     * {@code window}; the listener closes over the registry only, never over a grid.
     */
    private static final String BROWSER_SIDE = """
            const grid = this;
            const registry = window.__neodeskNarrowColumns || (window.__neodeskNarrowColumns = {
              queries: new Map(), grids: new Set(),
              apply(g) {
                for (const c of g.querySelectorAll(':scope > vaadin-grid-column[narrow-hidden]')) {
                  const q = this.queries.get(c.getAttribute('narrow-hidden'));
                  c.hidden = !!q && q.matches;
                }
              },
              live() {
                const found = [];
                for (const ref of this.grids) {
                  const g = ref.deref();
                  if (g && g.isConnected) found.push(g); else this.grids.delete(ref);
                }
                return found;
              },
              refold() {
                for (const g of this.live()) {
                  this.apply(g);
                  if (g.recalculateColumnWidths) g.recalculateColumnWidths();
                }
              }
            });
            for (const px of $0.split(',')) {
              if (px && !registry.queries.has(px)) {
                const q = matchMedia('(max-width: ' + px + 'px)');
                registry.queries.set(px, q);
                q.addEventListener('change', () => registry.refold());
              }
            }
            registry.live();
            grid.__neodeskNarrowRef = grid.__neodeskNarrowRef || new WeakRef(grid);
            registry.grids.add(grid.__neodeskNarrowRef);
            registry.apply(grid);""";

    private NarrowColumns() {}

    /** Marks the columns to hide on a phone (≤ {@value #PHONE} px), and makes the grid follow. */
    @SafeVarargs
    public static <T> void hide(Grid<T> grid, Grid.Column<T>... columns) {
        hideBelow(grid, PHONE, columns);
    }

    /**
     * Marks the columns to hide when the window is at most {@code maxWidth} CSS pixels wide, and
     * makes the grid follow the media query.
     */
    @SafeVarargs
    public static <T> void hideBelow(Grid<T> grid, int maxWidth, Grid.Column<T>... columns) {
        if (maxWidth <= 0) {
            throw new IllegalArgumentException("A breakpoint is a positive width in CSS pixels, not " + maxWidth);
        }
        for (var column : columns) {
            column.getElement().setAttribute(ATTRIBUTE, String.valueOf(maxWidth));
        }
        if (!grid.getElement().hasAttribute("narrow-columns")) {
            grid.getElement().setAttribute("narrow-columns", true);
            grid.addAttachListener(e -> grid.getElement().executeJs(BROWSER_SIDE, breakpoints(grid)));
        }
    }

    /** The grid's breakpoints, "640,1100", read on attach so that columns marked by later calls count too. */
    static String breakpoints(Grid<?> grid) {
        return grid.getColumns().stream()
                .map(c -> c.getElement().getAttribute(ATTRIBUTE))
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .collect(Collectors.joining(","));
    }
}
