package app.neodesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.support.Browser;
import app.neodesk.support.NeodeskServer;
import app.neodesk.support.RequiresBrowser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * The dashboard at tablet and phone widths: no horizontal overflow, tiles in one column on a phone,
 * the unit beside the price on one line, and each sparkline drawn as SVG across its tile's width.
 */
@RequiresBrowser
class DashboardLayoutIT {

    /** Per tile: its left edge, width and right edge, the sparkline's width, the tile's inner width, the price row's height. */
    private static final String TILE_BOXES = """
            return [...document.querySelectorAll('.watch-tile')].map(t => {
              const box = t.getBoundingClientRect();
              const svg = t.querySelector('.sparkline svg');
              const style = getComputedStyle(t);
              const inner = t.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
              const midEl = t.querySelector('.watch-tile-mid');
              if (!midEl) {
                return {left: box.left, right: box.right, width: box.width, inner: inner, quoted: false};
              }
              const mid = midEl.getBoundingClientRect();
              const unit = t.querySelector('.watch-tile-unit').getBoundingClientRect();
              return {left: box.left, right: box.right, width: box.width, inner: inner, quoted: true,
                      svg: svg && svg.namespaceURI === 'http://www.w3.org/2000/svg' ? svg.getBoundingClientRect().width : -1,
                      drawn: svg ? svg.querySelectorAll('polyline, circle').length : 0,
                      unitBesideMid: Math.abs(unit.bottom - mid.bottom) < mid.height && unit.left >= mid.right};
            });""";

    @ParameterizedTest
    @ValueSource(ints = {390, 1024})
    void dashboardFitsTheWidthWithFullWidthSparklines(int width) {
        try (var browser = new Browser(NeodeskServer.get().baseUrl())) {
            browser.signIn("trader", "demo");
            browser.viewport(width, 900);
            browser.open("/");
            browser.waitFor(By.className("watch-tile"));
            browser.waitUntil(d ->
                    Boolean.TRUE.equals(browser.script("return document.querySelectorAll('.watch-tile').length === 5"
                            + " && document.querySelectorAll('.watch-tile .sparkline svg').length"
                            + " === document.querySelectorAll('.watch-tile-mid').length"
                            + " && document.documentElement.clientWidth <= " + width + ";")));
            @SuppressWarnings("unchecked")
            var tiles = browser.stable(() -> (List<Map<String, Object>>) browser.script(TILE_BOXES));
            var shot = browser.screenshot("dashboard-" + width);
            assertThat(tiles).as("demo watchlist tiles, see " + shot).hasSize(5);
            assertThat(tiles)
                    .as("the demo has quotes for some tiles")
                    .anyMatch(t -> Boolean.TRUE.equals(t.get("quoted")));
            var overflow = browser.script("const e = document.documentElement;"
                    + " return [e.scrollWidth, e.clientWidth, document.body.scrollWidth];");
            @SuppressWarnings("unchecked")
            var widths = (List<Number>) overflow;
            assertThat(widths.get(0).doubleValue())
                    .as("document scrollWidth <= clientWidth at " + width + " px, see " + shot)
                    .isLessThanOrEqualTo(widths.get(1).doubleValue());
            double viewport = widths.get(1).doubleValue();
            for (var tile : tiles) {
                double right = ((Number) tile.get("right")).doubleValue();
                double inner = ((Number) tile.get("inner")).doubleValue();
                assertThat(right).as("tile inside the viewport, see " + shot).isLessThanOrEqualTo(viewport);
                if (!Boolean.TRUE.equals(tile.get("quoted"))) {
                    continue;
                }
                double svg = ((Number) tile.get("svg")).doubleValue();
                assertThat(svg)
                        .as("sparkline is an SVG as wide as the tile's content, see " + shot)
                        .isBetween(inner - 1, inner + 1);
                assertThat(((Number) tile.get("drawn")).intValue())
                        .as("sparkline draws its mids")
                        .isPositive();
                assertThat(tile.get("unitBesideMid"))
                        .as("unit beside the price, see " + shot)
                        .isEqualTo(true);
            }
            var lefts = tiles.stream()
                    .map(t -> Math.round(((Number) t.get("left")).doubleValue()))
                    .distinct()
                    .toList();
            if (width == 390) {
                assertThat(lefts).as("one column on a phone, see " + shot).hasSize(1);
            } else {
                assertThat(lefts.size())
                        .as("several columns on a tablet, see " + shot)
                        .isGreaterThan(1);
            }
        }
    }
}
