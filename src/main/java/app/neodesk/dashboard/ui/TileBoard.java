package app.neodesk.dashboard.ui;

import app.neodesk.dashboard.WatchTile;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Objects;

/**
 * The watchlist tiles of the dashboard. {@link #show} replaces only the cards whose tile changed, so
 * that a live refresh after a quote of one product (or of an old date, which changes no tile) sends
 * the browser one new card or nothing, not a rebuilt dashboard. A tile counts as unchanged when its
 * figures and source code are equal and it belongs to the same product object: a catalog change
 * (a renamed product, a new price scale) brings new product objects and so new cards.
 */
final class TileBoard extends Div {

    static final String EMPTY_TEXT = "Your watchlist is empty. Use \"Edit watchlist\" to add products.";

    private List<WatchTile> shown = List.of();

    TileBoard() {
        addClassName("watch-tiles");
    }

    /** Shows {@code tiles} in order; the cards of unchanged tiles stay as they are. */
    void show(List<WatchTile> tiles) {
        boolean first = getComponentCount() == 0; // once shown, there are cards or the empty hint
        if (!first && tiles.size() == shown.size()) {
            for (int i = 0; i < tiles.size(); i++) {
                if (!same(tiles.get(i), shown.get(i))) {
                    replace(getComponentAt(i), new WatchTileCard(tiles.get(i)));
                }
            }
        } else {
            removeAll();
            if (tiles.isEmpty()) {
                var empty = new Span(EMPTY_TEXT);
                empty.addClassName("watch-tiles-empty");
                add(empty);
            }
            tiles.forEach(tile -> add(new WatchTileCard(tile)));
        }
        shown = List.copyOf(tiles);
    }

    private static boolean same(WatchTile a, WatchTile b) {
        return a.product() == b.product()
                && a.equals(b) // sources equal by id; the card shows the code
                && Objects.equals(
                        a.source() == null ? null : a.source().getCode(),
                        b.source() == null ? null : b.source().getCode());
    }
}
