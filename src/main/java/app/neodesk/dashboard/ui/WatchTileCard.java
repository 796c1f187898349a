package app.neodesk.dashboard.ui;

import app.neodesk.base.ui.RouteLinks;
import app.neodesk.catalog.Product;
import app.neodesk.chart.ChartState;
import app.neodesk.chart.ui.ChartView;
import app.neodesk.dashboard.ChangeSpan;
import app.neodesk.dashboard.WatchTile;
import app.neodesk.quote.PriceFormat;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;

/**
 * One watchlist tile: code (a link to its chart) and description; the latest mid with its unit
 * beside it; the low–high range; the change over 1D, 1W and 1M ("nc" when the mid did not move,
 * "–" when there is no quote that far back), coloured only through {@code .rise}/{@code .fall};
 * a full-width sparkline over a labelled period; the date and source, with a "stale" mark when
 * the quote is older than the newest on the dashboard.
 */
final class WatchTileCard extends Div {

    /** The text of a change without a quote that far back. */
    static final String NO_BASE = "–";

    WatchTileCard(WatchTile tile) {
        addClassName("watch-tile");
        var product = tile.product();
        var link = new Anchor(
                RouteLinks.url(ChartView.class, QueryParameters.simple(Map.of(ChartState.PRODUCTS, product.getCode()))),
                product.getCode());
        link.addClassName("watch-tile-code");
        var name = new Div(description(product));
        name.addClassName("watch-tile-name");
        add(link, name);
        var last = tile.last();
        if (last == null) {
            var none = new Div("No quotes yet");
            none.addClassName("watch-tile-empty");
            add(none);
            return;
        }
        int scale = product.getPriceScale();
        var unit = last.unit().label();

        var mid = new Span(PriceFormat.price(last.mid(), scale));
        mid.addClassNames("watch-tile-mid", "num");
        var unitText = new Span(unit);
        unitText.addClassName("watch-tile-unit");
        var price = new Div(mid, unitText);
        price.addClassName("watch-tile-price");

        var rangeLabel = new Span("Low–high");
        rangeLabel.addClassName("watch-tile-label");
        var rangeValue = new Span(range(last, scale));
        rangeValue.addClassNames("watch-tile-range-value", "num");
        var range = new Div(rangeLabel, rangeValue);
        range.addClassName("watch-tile-range");

        var changes = new Div();
        changes.addClassName("watch-tile-changes");
        for (var span : ChangeSpan.values()) {
            changes.add(changeRow(tile.change(span), scale));
        }

        var period = new Span(tile.sparklinePeriod().label());
        period.addClassName("watch-tile-period");
        period.getElement()
                .setAttribute(
                        "title",
                        "Mids from " + tile.sparklinePeriod().from() + " to "
                                + tile.sparklinePeriod().to());
        var spark = Sparkline.of(tile.sparklinePeriod(), tile.sparkline(), unit, scale);
        spark.addClassName(PriceFormat.cssClass(tile.sparklineTrend()));
        var sparkBox = new Div(period, spark);
        sparkBox.addClassName("watch-tile-spark");

        var date = new Div(new Span("as of " + last.date()
                + (tile.source() == null ? "" : " · " + tile.source().getCode())));
        date.addClassName("watch-tile-date");
        var freshest = tile.freshest();
        if (freshest != null) {
            addClassName("watch-tile-stale");
            var stale = new Span("stale");
            stale.addClassName("watch-tile-stale-mark");
            stale.getElement()
                    .setAttribute("title", "Older than the newest quote on this dashboard (" + freshest + ")");
            date.add(new Span(" · "), stale);
        }
        add(price, range, changes, sparkBox, date);
    }

    private static Div changeRow(WatchTile.Change change, int scale) {
        var label = new Span(change.span().label());
        label.addClassName("watch-tile-label");
        label.getElement().setAttribute("title", change.span().description());
        var value = new Span(changeText(change, scale));
        var key = change.span().label().toLowerCase(Locale.ROOT);
        value.addClassNames("watch-tile-change-" + key, "num", PriceFormat.cssClass(change.change()));
        if (change.span() == ChangeSpan.DAY) {
            value.addClassName("watch-tile-change");
        }
        var base = change.baseDate();
        value.getElement()
                .setAttribute(
                        "title",
                        base == null
                                ? "No quote " + change.span().description() + " back"
                                : "Against the quote of " + base);
        var row = new Div(label, value);
        row.addClassName("watch-tile-change-row");
        return row;
    }

    /** "+35,000 +3.33%", "nc", "-136,500 -21.70% vs 2021-03-18", or "–" without a quote that far back. */
    static String changeText(WatchTile.Change change, int scale) {
        var c = change.change();
        var amount = c.amount();
        if (amount == null) {
            return NO_BASE;
        }
        var text = amount.signum() == 0
                ? PriceFormat.NO_CHANGE
                : PriceFormat.changeAmount(c, scale) + " " + PriceFormat.changePercent(c);
        return change.versusDate() == null ? text : text + " vs " + change.versusDate();
    }

    /** "1,080,000–1,090,000", or "640,000 (single price)" when the source published no range. */
    static String range(WatchTile.Last last, int scale) {
        var low = PriceFormat.price(last.low(), scale);
        if (last.low().compareTo(last.high()) == 0) {
            return low + " (single price)";
        }
        return low + "–" + PriceFormat.price(last.high(), scale);
    }

    /** The product's name without its unit, which stands beside the price instead. */
    static String description(Product product) {
        var name = product.getDisplayName();
        var suffix = " · " + product.getPriceUnitLabel();
        return name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
    }
}
