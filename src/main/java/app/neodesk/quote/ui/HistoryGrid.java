package app.neodesk.quote.ui;

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
 * and who entered it. Numbers carry thousands separators at the product's scale; rises are green,
 * falls red, and an unchanged mid reads "nc". The unit is the one in force on the quote's date
 * ("CNY/t" before a product moved to kg). A change against a previous quote older than the desk's
 * gap names that quote's date: "-21.70% vs 2021-03-18".
 */
class HistoryGrid extends Grid<QuoteRow> {

    HistoryGrid(PreviousGap gap) {
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
        addColumn(QuoteRow::unitLabel).setHeader("Unit").setAutoWidth(true).setFlexGrow(0).setKey("unit")
                .setTooltipGenerator(r -> "Prices in " + r.currency() + " per " + r.unit().quantity().symbol()
                        + " on " + r.date());
        addColumn(LitRenderer.<QuoteRow>of("<span class=\"num ${item.cls}\" title=\"${item.base}\">${item.text}</span>")
                        .withProperty("cls", r -> PriceFormat.cssClass(r.change()))
                        .withProperty("base", r -> base(r))
                        .withProperty("text", r -> PriceFormat.changeAmount(r.change(), r.scale())))
                .setHeader("Change").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey("change");
        addColumn(LitRenderer.<QuoteRow>of("<span class=\"num ${item.cls}\" title=\"${item.base}\">${item.text}</span>")
                        .withProperty("cls", r -> PriceFormat.cssClass(r.change()))
                        .withProperty("base", r -> base(r))
                        .withProperty("text", r -> changePercentText(r, gap)))
                .setHeader("Change %").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey("changePct");
        addColumn(r -> r.corrected() ? "corrected" : "").setHeader("Corrected").setAutoWidth(true)
                .setKey("corrected").setTooltipGenerator(r -> r.corrected() ? "Corrected " + r.revisionCount()
                        + " time(s); open Revisions to see the history" : "");
        addColumn(QuoteRow::enteredBy).setHeader("Entered by").setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    }

    /** "+3.33%", or "-21.70% vs 2021-03-18" when the previous quote is older than the gap. */
    static String changePercentText(QuoteRow row, PreviousGap gap) {
        var percent = PriceFormat.changePercent(row.change());
        return percent.isEmpty() ? percent : percent + gap.label(row.date(), row.previousDate());
    }

    /** The change's base for the hover text: "Against the quote of 2021-03-18 (805 days earlier)". */
    private static String base(QuoteRow row) {
        var previous = row.previousDate();
        if (previous == null) {
            return "No earlier quote of this product and source";
        }
        long days = ChronoUnit.DAYS.between(previous, row.date());
        return "Against the quote of " + previous + " (" + days + (days == 1 ? " day" : " days") + " earlier)";
    }
}
