package app.neodesk.driver.ui;

import app.neodesk.base.ui.Headings;
import app.neodesk.driver.DriverFilter;
import app.neodesk.driver.Scorecard;
import app.neodesk.driver.ScorecardService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * {@code /drivers/scorecard}: for each category and direction, how often the price then moved in
 * the annotated direction and the median move, over 1, 5 and 20 quotes. Accepts the same URL
 * filters as {@code /drivers}.
 */
@Route("drivers/scorecard")
@PageTitle("Driver scorecard · Neodesk")
@PermitAll
public class ScorecardView extends VerticalLayout implements BeforeEnterObserver {

    private final ScorecardService scorecards;

    public ScorecardView(ScorecardService scorecards) {
        this.scorecards = scorecards;
        addClassName("scorecard-view");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var filter = DriverFilter.fromParameters(
                event.getLocation().getQueryParameters().getParameters());
        add(
                Headings.viewTitle("Driver scorecard"),
                new Paragraph("Did prices move the way the drivers said? Moves are of the mid "
                        + "of each product's main source, counted in quotes after the driver's date. Neutral drivers have no "
                        + "hit rate. Horizons without enough quotes yet are pending."),
                new Anchor(DriversView.link(filter), "Back to drivers"));
        if (!scorecards.hasPriceData()) {
            add(ScorecardPanel.noPriceData());
            return;
        }
        var grid = new Grid<Scorecard.SummaryRow>();
        grid.addColumn(r -> r.category().label()).setHeader("Category").setAutoWidth(true);
        grid.addColumn(DriverBadges.directionRenderer(r -> r.direction()))
                .setHeader("Direction")
                .setAutoWidth(true);
        grid.addColumn(r -> "+" + r.horizon()).setHeader("Horizon (quotes)").setAutoWidth(true);
        grid.addColumn(Scorecard.SummaryRow::resolved).setHeader("Scored").setAutoWidth(true);
        grid.addColumn(Scorecard.SummaryRow::pending).setHeader("Pending").setAutoWidth(true);
        grid.addColumn(r -> r.hitRatePercent() == null
                        ? "n/a"
                        : r.hitRatePercent() + "% (" + r.hits() + "/" + r.resolved() + ")")
                .setHeader("In the annotated direction")
                .setAutoWidth(true);
        grid.addColumn(r -> r.medianMovePercent() == null
                        ? (r.pending() > 0 ? ScorecardPanel.PENDING : "—")
                        : ScorecardPanel.signed(r.medianMovePercent()) + "%")
                .setHeader("Median move")
                .setAutoWidth(true);
        grid.setItems(scorecards.summary(filter));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addClassName("scorecard-summary");
        add(grid);
        expand(grid);
    }
}
