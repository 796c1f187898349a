package app.neodesk.driver.ui;

import app.neodesk.base.ui.Headings;
import app.neodesk.base.ui.RouteLinks;
import app.neodesk.driver.DriverService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The dashboard panel of the latest drivers the user may see. The dashboard (charts issue) adds
 * it with {@code new LatestDriversPanel(driverService, 8)}.
 */
public class LatestDriversPanel extends Div {

    public LatestDriversPanel(DriverService drivers, int limit) {
        addClassName("latest-drivers");
        add(Headings.section("Latest drivers"));
        var latest = drivers.latestVisible(limit);
        if (latest.isEmpty()) {
            add(new Paragraph("No drivers yet."));
        }
        var list = new UnorderedList();
        for (var a : latest) {
            var link =
                    new Anchor(RouteLinks.url(DriverDetailView.class, DriverDetailView.parameters(a.id())), a.title());
            var item = new ListItem(
                    new Span(DriverBadges.dates(a.startDate(), a.endDate()) + " "),
                    DriverBadges.direction(a.direction()),
                    new Span(" "),
                    link,
                    new Span(" "),
                    DriverBadges.category(a.category()));
            list.add(item);
        }
        add(list, new Anchor(RouteLinks.url(DriversView.class), "All drivers"));
    }
}
