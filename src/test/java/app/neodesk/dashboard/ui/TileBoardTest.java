package app.neodesk.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskViewTest;
import app.neodesk.catalog.Element;
import app.neodesk.catalog.MarketBasis;
import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.PriceCurrency;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductData;
import app.neodesk.catalog.QuoteUnit;
import app.neodesk.dashboard.ChangeSpan;
import app.neodesk.dashboard.WatchTile;
import app.neodesk.quote.PriceChange;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** The dashboard's tiles on a live refresh: only a changed tile gets a new card. */
@NeodeskViewTest
@WithMockUser(username = "trader", roles = "VIEWER")
class TileBoardTest extends SpringBrowserlessTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 15);

    private final Product nd = product("nd-board", PriceUnit.T, 0);
    private final Product dy = product("dy-board", PriceUnit.KG, 0);
    private final Product tb = product("tb-board", PriceUnit.KG, 0);

    private static Product product(String code, PriceUnit unit, int scale) {
        return new Product(
                code,
                Element.ND,
                MaterialForm.METAL,
                new BigDecimal("99.5"),
                MarketBasis.CN_EXW,
                PriceCurrency.CNY,
                unit,
                scale);
    }

    private static WatchTile tile(Product product, String mid, String previous) {
        var unit = QuoteUnit.of(product);
        var price = new BigDecimal(mid);
        var change = new WatchTile.Change(
                ChangeSpan.DAY, PriceChange.of(price, new BigDecimal(previous)), DAY.minusDays(1), null);
        return new WatchTile(
                product,
                null,
                new WatchTile.Last(DAY, price, price, price, unit),
                List.of(change),
                new WatchTile.Period("3M", DAY.minusMonths(3), DAY),
                List.of(
                        new WatchTile.Point(DAY.minusDays(1), new BigDecimal(previous)),
                        new WatchTile.Point(DAY, price)),
                null);
    }

    private static List<Component> cards(TileBoard board) {
        return board.getChildren().toList();
    }

    private String mid(Component card) {
        return find(Span.class, card).withClassName("watch-tile-mid").single().getText();
    }

    @Test
    void refreshWithOneChangedTileReplacesOnlyThatCard() {
        var board = new TileBoard();
        board.show(List.of(tile(nd, "640000", "640000"), tile(dy, "2490", "2470"), tile(tb, "10500", "10500")));
        var before = cards(board);

        board.show(List.of(tile(nd, "640000", "640000"), tile(dy, "2510", "2470"), tile(tb, "10500", "10500")));

        var after = cards(board);
        assertThat(after).hasSize(3);
        assertThat(after.get(0)).isSameAs(before.get(0));
        assertThat(after.get(2)).isSameAs(before.get(2));
        assertThat(after.get(1)).isNotSameAs(before.get(1));
        assertThat(mid(after.get(1))).isEqualTo("2,510");
        assertThat(Arrays.asList(mid(after.get(0)), mid(after.get(2)))).containsExactly("640,000", "10,500");
    }

    @Test
    void refreshWithNothingChangedKeepsEveryCard() {
        var board = new TileBoard();
        board.show(List.of(tile(nd, "640000", "635000"), tile(dy, "2490", "2470")));
        var before = cards(board);

        board.show(List.of(tile(nd, "640000", "635000"), tile(dy, "2490", "2470")));

        assertThat(cards(board)).containsExactlyElementsOf(before);
    }

    @Test
    void productObjectFromANewCatalogGetsANewCardEvenWithEqualFigures() {
        var board = new TileBoard();
        board.show(List.of(tile(nd, "640000", "640000")));
        var before = cards(board).getFirst();
        var renamed = Product.of(ProductData.of(nd).withFormDetail("renamed"), null);

        board.show(List.of(tile(renamed, "640000", "640000")));

        assertThat(cards(board).getFirst()).isNotSameAs(before);
    }

    @Test
    void watchlistOfAnotherLengthIsRebuiltAndAnEmptyOneSaysHowToFillIt() {
        var board = new TileBoard();
        board.show(List.of(tile(nd, "640000", "640000")));

        board.show(List.of(tile(nd, "640000", "640000"), tile(dy, "2490", "2470")));
        assertThat(cards(board)).hasSize(2);
        assertThat(mid(cards(board).get(1))).isEqualTo("2,490");

        board.show(List.of());
        assertThat(cards(board))
                .singleElement()
                .isInstanceOfSatisfying(
                        Span.class, empty -> assertThat(empty.getText()).isEqualTo(TileBoard.EMPTY_TEXT));

        board.show(List.of());
        assertThat(cards(board)).hasSize(1);
    }
}
