package app.neodesk.quote.ui;

import static app.neodesk.base.ui.NarrowColumns.PHONE;

import app.neodesk.base.ui.NarrowColumns;
import app.neodesk.quote.PreviousGap;
import app.neodesk.quote.PriceFormat;
import app.neodesk.quote.QuoteRow;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.temporal.ChronoUnit;

/**
 * The history table: date, product, source, low, high, mid, unit, change, change %, corrected mark
 * and who entered it. Numbers carry thousands separators at the product's scale; rises and falls
 * take the shared {@code rise}/{@code fall} colours, and an unchanged mid reads "nc" in both change
 * columns. The unit is the one in force on the quote's date ("CNY/t" before a product moved to kg).
 * A change against a previous quote older than the desk's gap names that quote's date:
 * "-21.70% vs 2021-03-18".
 * <p>
 * Built for scrolling: plain text columns and two small Lit templates, no components, tooltips or
 * class-name generators per row, so a row costs the server only its cell texts. Pages are
 * {@link #PAGE_SIZE} rows, fetched by {@link HistoryPager} with a keyset cursor.
 * <p>
 * On narrow screens the browser folds the less important columns ({@link NarrowColumns}, no server
 * round trip): at or below {@value #MEDIUM} px "Low", "High", "Corrected" and "Entered by" go; at or below
 * {@value NarrowColumns#PHONE} px only date, product, mid (with its unit beside it) and change stay.
 */
class HistoryGrid extends Grid<QuoteRow> {

    /**
     * Rows per page, one keyset query each. The grid asks for the screen in view plus one screen
     * either side, rounded out to whole pages: with 100 rows (four to six screens of the compact
     * grid) a request brings several scroll steps' worth of rows, and the prefetch below asks for
     * the next ones a screen before they are needed. Vaadin's default of 50 made every third step
     * wait for the server.
     */
    static final int PAGE_SIZE = 100;
    /**
     * At or below this width (CSS px) "Low", "High", "Corrected" and "Entered by" fold, so that on a
     * tablet the rest fits beside the menu (a change after a gap reads "-21.70% vs 2021-03-18");
     * at or below {@link NarrowColumns#PHONE} more.
     */
    static final int MEDIUM = 1100;
    /** How many frames the prefetch waits for the grid's scroller on an attach (about 5 s at 60 Hz). */
    static final int SCROLLER_FRAMES = 300;

    HistoryGrid(PreviousGap gap) {
        super(PAGE_SIZE);
        addClassName("history-grid");
        addColumn(QuoteRow::date)
                .setHeader("Date")
                .setKey("date")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(r -> r.product().getCode())
                .setHeader("Product")
                .setKey("product")
                .setAutoWidth(true);
        fold(
                addColumn(r -> r.source().getCode())
                        .setHeader("Source")
                        .setKey("source")
                        .setAutoWidth(true),
                PHONE);
        fold(
                addColumn(r -> PriceFormat.price(r.low(), r.scale()))
                        .setHeader("Low")
                        .setKey("low")
                        .setTextAlign(ColumnTextAlign.END)
                        .setAutoWidth(true),
                MEDIUM);
        fold(
                addColumn(r -> PriceFormat.price(r.high(), r.scale()))
                        .setHeader("High")
                        .setKey("high")
                        .setTextAlign(ColumnTextAlign.END)
                        .setAutoWidth(true),
                MEDIUM);
        addColumn(LitRenderer.<QuoteRow>of("${item.text}<span class=\"history-unit-inline\"> ${item.unit}</span>")
                        .withProperty("text", r -> PriceFormat.price(r.mid(), r.scale()))
                        .withProperty("unit", QuoteRow::unitLabel))
                .setHeader("Mid")
                .setKey("mid")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        fold(
                addColumn(QuoteRow::unitLabel)
                        .setHeader("Unit")
                        .setKey("unit")
                        .setAutoWidth(true)
                        .setFlexGrow(0),
                PHONE);
        addColumn(LitRenderer.<QuoteRow>of("<span class=\"${item.cls}\" title=\"${item.base}\">${item.text}</span>")
                        .withProperty("cls", r -> PriceFormat.cssClass(r.change()))
                        .withProperty("base", HistoryGrid::base)
                        .withProperty("text", r -> PriceFormat.changeAmount(r.change(), r.scale())))
                .setHeader("Change")
                .setKey("change")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        fold(
                addColumn(LitRenderer.<QuoteRow>of(
                                        "<span class=\"${item.cls}\" title=\"${item.base}\">${item.text}</span>")
                                .withProperty("cls", r -> PriceFormat.cssClass(r.change()))
                                .withProperty("base", HistoryGrid::base)
                                .withProperty("text", r -> changePercentText(r, gap)))
                        .setHeader("Change %")
                        .setKey("changePct")
                        .setTextAlign(ColumnTextAlign.END)
                        .setAutoWidth(true),
                PHONE);
        fold(
                addColumn(r -> r.corrected() ? "corrected" : "")
                        .setHeader("Corrected")
                        .setKey("corrected")
                        .setAutoWidth(true),
                MEDIUM);
        fold(
                addColumn(QuoteRow::enteredBy)
                        .setHeader("Entered by")
                        .setKey("enteredBy")
                        .setAutoWidth(true),
                MEDIUM);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        // Names each column in the page (browser tests find folded columns, which have no header cell).
        getColumns().forEach(c -> c.getElement().setAttribute("data-key", c.getKey()));
        addAttachListener(e -> getElement().executeJs(BROWSER_SIDE));
    }

    /**
     * Runs in the browser on every attach: prefetches. Vaadin's grid connector asks the server for
     * rows only when a row on screen has none, so every page boundary would show loading rows for
     * a debounce (150 ms) plus a round trip. Instead, after each scroll the rows one screen below
     * the view are asked for if they are missing (the grid's own {@code ensureFlatIndexLoaded}, the
     * path the grid takes for a row it renders); the connector then fetches the screen in view plus
     * one either side in whole pages, and the next scroll step lands on rows already there.
     * <p>
     * The scroll listener sits on the grid's own scroller, so it goes with the grid. On a first
     * attach the grid renders its scroller after this runs: the script waits for it frame by frame,
     * but at most {@value #SCROLLER_FRAMES} frames and only while the grid is in the page (the next
     * attach tries again), so a grid that never renders is not kept alive by a loop.
     */
    private static final String BROWSER_SIDE = """
            const grid = this;
            if (grid.__neodeskPrefetch) return;
            grid.__neodeskPrefetch = 'waiting';
            let queued = false;
            const prefetch = () => {
              if (queued) return;
              queued = true;
              requestAnimationFrame(() => {
                queued = false;
                const first = grid._firstVisibleIndex, last = grid._lastVisibleIndex;
                const controller = grid._dataProviderController;
                if (!controller || !(grid.size > 0) || !(last >= first)) return;
                controller.ensureFlatIndexLoaded(Math.min(grid.size - 1, last + (last - first + 1)));
              });
            };
            let frames = 0;
            const listen = () => {
              if (grid.$ && grid.$.table) {
                grid.$.table.addEventListener('scroll', prefetch, {passive: true});
                grid.__neodeskPrefetch = 'listening';
              } else if (grid.isConnected && ++frames <= %d) {
                requestAnimationFrame(listen);
              } else {
                delete grid.__neodeskPrefetch;
              }
            };
            listen();""".formatted(SCROLLER_FRAMES);

    private Column<QuoteRow> fold(Column<QuoteRow> column, int maxWidth) {
        NarrowColumns.hideBelow(this, maxWidth, column);
        return column;
    }

    /** "+3.33%", "nc", or "-21.70% vs 2021-03-18" when the previous quote is older than the gap. */
    static String changePercentText(QuoteRow row, PreviousGap gap) {
        var percent = PriceFormat.changePercentOrNc(row.change());
        return percent.isEmpty() ? percent : percent + gap.label(row.date(), row.previousDate());
    }

    /** The change's base for the hover text: "Against the quote of 2021-03-18 (805 days earlier)". */
    static String base(QuoteRow row) {
        var previous = row.previousDate();
        if (previous == null) {
            return "No earlier quote of this product and source";
        }
        long days = ChronoUnit.DAYS.between(previous, row.date());
        return "Against the quote of " + previous + " (" + days + (days == 1 ? " day" : " days") + " earlier)";
    }
}
