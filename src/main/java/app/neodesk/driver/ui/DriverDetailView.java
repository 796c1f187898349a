package app.neodesk.driver.ui;

import app.neodesk.base.NotFoundException;
import app.neodesk.base.ui.Editing;
import app.neodesk.base.ui.Headings;
import app.neodesk.base.ui.Notifications;
import app.neodesk.base.ui.RouteLinks;
import app.neodesk.catalog.ProductService;
import app.neodesk.driver.DriverAnnotation;
import app.neodesk.driver.DriverData;
import app.neodesk.driver.DriverFilter;
import app.neodesk.driver.DriverService;
import app.neodesk.driver.SafeMarkdown;
import app.neodesk.driver.ScorecardService;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * {@code /drivers/{id}}: one annotation, as a permalink. An id the user may not see shows the
 * same "not found" as an id that does not exist.
 */
@Route("drivers/:" + DriverDetailView.ID)
@PermitAll
public class DriverDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DriverService drivers;
    private final ProductService products;
    private final ScorecardService scorecards;
    private final ZoneId zone;
    private String title = "Driver";

    public DriverDetailView(DriverService drivers, ProductService products, ScorecardService scorecards, Clock clock) {
        this.drivers = drivers;
        this.products = products;
        this.scorecards = scorecards;
        this.zone = clock.getZone();
        addClassName("driver-detail");
        setMaxWidth("60rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var id = driverId(event.getRouteParameters());
        if (id.isEmpty()) {
            notFound(event);
            return;
        }
        try {
            show(drivers.get(id.get()));
        } catch (NotFoundException e) {
            notFound(event);
        }
    }

    /** A missing id, a hidden one and a malformed one all give the same 404 page. */
    private static void notFound(BeforeEnterEvent event) {
        var missing = new NotFoundException("Driver");
        event.rerouteToError(missing, missing.getMessage());
    }

    /** The route parameters of one driver's page, for {@code ui.navigate(DriverDetailView.class, …)}. */
    public static RouteParameters parameters(long id) {
        return new RouteParameters(ID, String.valueOf(id));
    }

    /** The id in the URL, or empty if it is not a number (shown like a missing driver). */
    private static Optional<Long> driverId(RouteParameters parameters) {
        try {
            return parameters.getLong(ID);
        } catch (IllegalArgumentException notANumber) {
            return Optional.empty();
        }
    }

    private void show(DriverAnnotation a) {
        title = a.getTitle();
        var heading = Headings.viewTitle(a.getTitle());
        heading.addClassName("driver-title");

        var meta = new HorizontalLayout(
                DriverBadges.category(a.getCategory()),
                DriverBadges.direction(a.getDirection()),
                new Span("Impact: " + DriverBadges.impact(a.getImpact())),
                new Span(DriverBadges.dates(a.getStartDate(), a.getEndDate())),
                new Span(DriverBadges.visibility(a)));
        meta.addClassNames("driver-meta", "view-toolbar");

        var productLinks = new Div(new Span("Products: "));
        productLinks.addClassName("driver-products");
        a.getProducts().forEach(p -> {
            // The chart (chart.ui) by its path: chart depends on driver for its markers, not the reverse.
            var link = new Anchor("chart?products=" + p.getCode(), p.getCode());
            link.setTitle(p.getDisplayName());
            productLinks.add(link, new Span(" "));
        });
        var tagLinks = new Div(new Span(a.getTags().isEmpty() ? "" : "Tags: "));
        tagLinks.addClassName("driver-tags");
        a.getTags()
                .forEach(t -> tagLinks.add(
                        new Anchor(
                                DriversView.link(new DriverFilter(null, null, null, t, null, null, null, null, null)),
                                t),
                        new Span(" ")));

        var body = new Html(SafeMarkdown.toHtml(a.getBody()));
        var source = new Div();
        source.addClassName("driver-source");
        if (a.getSourceName() != null || a.getSourceUrl() != null) {
            source.add(new Span("Source: "));
            if (a.getSourceUrl() != null) {
                var link = new Anchor(
                        a.getSourceUrl(),
                        a.getSourceName() == null ? a.getSourceUrl() : a.getSourceName(),
                        AnchorTarget.BLANK);
                link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
                source.add(link);
            } else {
                source.add(new Span(a.getSourceName()));
            }
        }
        var byline = new Paragraph("By " + a.getAuthorUsername() + " · created "
                + TIMESTAMP.format(a.getCreatedAt().atZone(zone))
                + (a.getUpdatedAt().equals(a.getCreatedAt())
                        ? ""
                        : " · updated " + TIMESTAMP.format(a.getUpdatedAt().atZone(zone))));
        byline.addClassName("driver-byline");

        var actions = new HorizontalLayout(new Anchor(RouteLinks.url(DriversView.class), "All drivers"));
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (drivers.canManage(a)) {
            var edit = new Button(
                    "Edit",
                    e -> new DriverEditorDialog(
                                    drivers,
                                    products,
                                    Editing.of(drivers.get(a.requireId()), DriverData::of),
                                    saved -> {
                                        Notifications.success("Driver saved");
                                        UI.getCurrent().refreshCurrentRoute(false);
                                    })
                            .open());
            edit.addClassName("edit-driver");
            var delete = new Button("Delete", e -> confirmDelete(a));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            delete.addClassName("delete-driver");
            actions.add(edit, delete);
        }

        add(
                heading,
                meta,
                productLinks,
                tagLinks,
                body,
                source,
                byline,
                actions,
                Headings.section("Scorecard"),
                ScorecardPanel.forAnnotation(scorecards, a));
    }

    private void confirmDelete(DriverAnnotation a) {
        var confirm = new ConfirmDialog(
                "Delete this driver?",
                "\"" + a.getTitle() + "\" will be removed for everyone who can see it.",
                "Delete",
                e -> {
                    try {
                        drivers.delete(a.requireId());
                        Notifications.success("Driver deleted");
                        UI.getCurrent().navigate(DriversView.class);
                    } catch (NotFoundException | AccessDeniedException ex) {
                        Notifications.error(ex);
                    }
                },
                "Cancel",
                e -> {});
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return title + " · Neodesk";
    }
}
