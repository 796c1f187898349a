package app.neodesk.quote.ui;

import app.neodesk.quote.PriceFormat;
import app.neodesk.quote.QuoteRow;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;

/**
 * The history table: date, product, source, low, high, mid, change, change %, corrected mark and
 * who entered it. Numbers carry thousands separators at the product's scale; rises are green,
 * falls red, and an unchanged mid reads "nc".
 */
class HistoryGrid extends Grid<QuoteRow> {

    HistoryGrid() {
        addColumn(QuoteRow::date).setHeader("Date").setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> r.product().getCode()).setHeader("Product").setAutoWidth(true)
                .setTooltipGenerator(r -> r.product().getDisplayName());
        addColumn(r -> r.source().getCode()).setHeader("Source").setAutoWidth(true)
                .setTooltipGenerator(r -> r.source().getName());
        addColumn(r -> PriceFormat.price(r.low(), r.scale())).setHeader("Low").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setPartNameGenerator(r -> "num");
        addColumn(r -> PriceFormat.price(r.high(), r.scale())).setHeader("High").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        addColumn(r -> PriceFormat.price(r.mid(), r.scale())).setHeader("Mid").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        addColumn(LitRenderer.<QuoteRow>of("<span class=\"num ${item.cls}\">${item.text}</span>")
                        .withProperty("cls", r -> PriceFormat.cssClass(r.change()))
                        .withProperty("text", r -> PriceFormat.changeAmount(r.change(), r.scale())))
                .setHeader("Change").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey("change");
        addColumn(LitRenderer.<QuoteRow>of("<span class=\"num ${item.cls}\">${item.text}</span>")
                        .withProperty("cls", r -> PriceFormat.cssClass(r.change()))
                        .withProperty("text", r -> PriceFormat.changePercent(r.change())))
                .setHeader("Change %").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey("changePct");
        addColumn(r -> r.corrected() ? "corrected" : "").setHeader("Corrected").setAutoWidth(true)
                .setKey("corrected").setTooltipGenerator(r -> r.corrected() ? "Corrected " + r.revisionCount()
                        + " time(s); open Revisions to see the history" : "");
        addColumn(QuoteRow::enteredBy).setHeader("Entered by").setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    }
}
