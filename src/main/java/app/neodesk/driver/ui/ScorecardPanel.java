package app.neodesk.driver.ui;

import app.neodesk.driver.DriverAnnotation;
import app.neodesk.driver.Scorecard;
import app.neodesk.driver.ScorecardService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The scorecard of one annotation: the mid's move 1, 5 and 20 quotes later, per product. */
final class ScorecardPanel {

    static final String NO_PRICE_DATA = "No price data";
    static final String PENDING = "pending";
    /** An unchanged mid reads "nc", as in the history and on the dashboard. */
    static final String NO_CHANGE = "nc";

    private ScorecardPanel() {}

    static Component forAnnotation(ScorecardService scorecards, DriverAnnotation annotation) {
        if (!scorecards.hasPriceData() || annotation.getId() == null) {
            return noPriceData();
        }
        var scores = scorecards.forAnnotation(annotation.getId());
        var grid = new Grid<Scorecard.ProductScore>();
        grid.addColumn(Scorecard.ProductScore::productCode).setHeader("Product").setAutoWidth(true);
        grid.addColumn(s -> s.base() == null
                        ? NO_PRICE_DATA
                        : s.base().date() + " · " + number(s.base().mid()))
                .setHeader("Base (date · mid)")
                .setAutoWidth(true);
        for (int i = 0; i < Scorecard.HORIZONS.size(); i++) {
            int index = i;
            grid.addColumn(s -> s.base() == null ? "" : move(s.moves().get(index)))
                    .setHeader(
                            "+" + Scorecard.HORIZONS.get(i) + (Scorecard.HORIZONS.get(i) == 1 ? " quote" : " quotes"))
                    .setAutoWidth(true);
        }
        grid.setItems(scores);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addClassName("driver-scorecard");
        return grid;
    }

    static Paragraph noPriceData() {
        var p = new Paragraph(NO_PRICE_DATA + " yet: the scorecard appears once quotes are available.");
        p.addClassName("no-price-data");
        return p;
    }

    static String move(Scorecard.HorizonMove move) {
        if (move.pending()) {
            return PENDING;
        }
        if (move.change() != null && move.change().signum() == 0) {
            return NO_CHANGE;
        }
        return signed(move.change()) + (move.changePercent() == null ? "" : " (" + signed(move.changePercent()) + "%)");
    }

    static String signed(@Nullable BigDecimal value) {
        if (value == null) {
            return "";
        }
        return (value.signum() > 0 ? "+" : "") + number(value);
    }

    static String number(BigDecimal value) {
        var format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return format.format(value);
    }
}
