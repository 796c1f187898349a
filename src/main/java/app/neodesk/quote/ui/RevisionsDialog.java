package app.neodesk.quote.ui;

import app.neodesk.quote.PriceFormat;
import app.neodesk.quote.QuotePrices;
import app.neodesk.quote.QuoteRevision;
import app.neodesk.quote.QuoteRow;
import app.neodesk.quote.QuoteService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A quote's corrections, newest first: old and new values, who, when and why. */
public class RevisionsDialog extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    final Grid<QuoteRevision> grid = new Grid<>();

    public RevisionsDialog(QuoteService quotes, QuoteRow row, ZoneId zone) {
        setHeaderTitle("Revisions of " + row.key());
        setWidth("min(60rem, 95vw)");
        int scale = row.scale();
        var revisions = quotes.revisions(row.id());
        var intro = revisions.isEmpty()
                ? "Never corrected. Entered by " + row.enteredBy() + " at "
                        + WHEN.format(row.enteredAt().atZone(zone)) + "."
                : "Entered by " + row.enteredBy() + " at "
                        + WHEN.format(row.enteredAt().atZone(zone)) + "; first published as "
                        + describe(revisions.getLast().getOldPrices(), scale) + ".";
        add(new Paragraph(intro));
        if (!revisions.isEmpty()) {
            grid.addColumn(QuoteRevision::getRevisionNo)
                    .setHeader("#")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            grid.addColumn(r -> WHEN.format(r.getChangedAt().atZone(zone)))
                    .setHeader("When")
                    .setAutoWidth(true);
            grid.addColumn(QuoteRevision::getChangedBy).setHeader("Who").setAutoWidth(true);
            grid.addColumn(r -> describe(r.getOldPrices(), scale))
                    .setHeader("Old")
                    .setAutoWidth(true);
            grid.addColumn(r -> describe(r.getNewPrices(), scale))
                    .setHeader("New")
                    .setAutoWidth(true);
            grid.addColumn(QuoteRevision::getReason).setHeader("Why").setFlexGrow(1);
            grid.addThemeVariants(GridVariant.LUMO_COMPACT);
            grid.setAllRowsVisible(true);
            grid.setItems(revisions); // a handful of corrections, not the quote history
            add(grid);
        }
        getFooter().add(new Button("Close", e -> close()));
    }

    private static String describe(QuotePrices p, int scale) {
        return PriceFormat.price(p.low(), scale) + "–" + PriceFormat.price(p.high(), scale) + " mid "
                + PriceFormat.price(p.mid(), scale);
    }
}
