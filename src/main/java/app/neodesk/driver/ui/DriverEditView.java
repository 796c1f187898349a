package app.neodesk.driver.ui;

import app.neodesk.base.ui.Editing;
import app.neodesk.base.ui.Headings;
import app.neodesk.base.ui.Notifications;
import app.neodesk.base.ui.RouteLinks;
import app.neodesk.catalog.ProductService;
import app.neodesk.driver.DriverData;
import app.neodesk.driver.DriverService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * {@code /drivers/new?product=nd-metal-cn&date=2026-02-11}: the "Annotate" entry point for other
 * views (a point on the chart, a row of the history), with product and date pre-filled. Several
 * {@code product} parameters pre-fill several products; unknown codes are ignored.
 */
@Route("drivers/new")
@PageTitle("New driver · Neodesk")
@PermitAll
public class DriverEditView extends VerticalLayout implements BeforeEnterObserver {

    public static final String P_PRODUCT = "product";
    public static final String P_DATE = "date";

    private final DriverService drivers;
    private final ProductService products;
    private final Clock clock;

    @SuppressWarnings("NullAway.Init") // built in beforeEnter, before the view is shown
    DriverForm form;

    public DriverEditView(DriverService drivers, ProductService products, Clock clock) {
        this.drivers = drivers;
        this.products = products;
        this.clock = clock;
        addClassName("driver-edit-view");
        setMaxWidth("60rem");
    }

    /** The link that opens the editor pre-filled, e.g. {@code drivers/new?product=nd-metal-cn&date=2026-02-11}. */
    public static String link(String productCode, LocalDate date) {
        return RouteLinks.url(
                DriverEditView.class, QueryParameters.simple(Map.of(P_PRODUCT, productCode, P_DATE, date.toString())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var parameters = event.getLocation().getQueryParameters().getParameters();
        var values = DriverData.blank()
                .withDates(date(parameters.getOrDefault(P_DATE, List.of())), null)
                .withProducts(parameters.getOrDefault(P_PRODUCT, List.of()).stream()
                        .flatMap(code -> products.findByCode(code.strip()).stream())
                        .toList());

        form = new DriverForm(drivers, DriverEditorDialog.productChoices(products, values), drivers.teamChoices(null));
        form.edit(Editing.create(values));
        var save = new Button(
                "Save",
                e -> form.save(drivers).ifPresent(saved -> {
                    Notifications.success("Driver saved");
                    UI.getCurrent().navigate(DriverDetailView.class, DriverDetailView.parameters(saved.requireId()));
                }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-driver");
        var cancel = new Button("Cancel", e -> UI.getCurrent().navigate(DriversView.class));
        add(Headings.viewTitle("New driver"), form, new HorizontalLayout(save, cancel));
    }

    private LocalDate date(List<String> values) {
        if (!values.isEmpty()) {
            try {
                return LocalDate.parse(values.getFirst().strip());
            } catch (DateTimeParseException e) {
                // fall through to today
            }
        }
        return LocalDate.now(clock);
    }
}
