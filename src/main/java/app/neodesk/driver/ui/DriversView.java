package app.neodesk.driver.ui;

import app.neodesk.base.Csv;
import app.neodesk.base.ui.Editing;
import app.neodesk.base.ui.ExcelDownload;
import app.neodesk.base.ui.FilterBar;
import app.neodesk.base.ui.Headings;
import app.neodesk.base.ui.IsoDatePicker;
import app.neodesk.base.ui.NarrowColumns;
import app.neodesk.base.ui.Notifications;
import app.neodesk.base.ui.RouteLinks;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductService;
import app.neodesk.driver.Direction;
import app.neodesk.driver.DriverAnnotation;
import app.neodesk.driver.DriverCategory;
import app.neodesk.driver.DriverData;
import app.neodesk.driver.DriverFilter;
import app.neodesk.driver.DriverService;
import app.neodesk.driver.Visibility;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.shared.HasClearButton;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /drivers}: the annotations the user may see, newest first, in a lazy grid. The filters
 * live in the URL, so a filtered list can be bookmarked and shared.
 */
@Route("drivers")
@PageTitle("Drivers · Neodesk")
@Menu(order = 4, icon = "vaadin:lightbulb", title = "Drivers")
@PermitAll
public class DriversView extends VerticalLayout implements BeforeEnterObserver {

    /** Up to this window width (tablets, small laptops) the grid drops its least used columns. */
    private static final int TABLET = 1280;

    final ComboBox<DriverCategory> category = new ComboBox<>("Category");
    final ComboBox<Direction> direction = new ComboBox<>("Direction");
    final ComboBox<Product> product = new ComboBox<>("Product");
    final ComboBox<String> tag = new ComboBox<>("Tag");
    final DatePicker from = new IsoDatePicker("From");
    final DatePicker to = new IsoDatePicker("To");
    final ComboBox<String> author = new ComboBox<>("Author");
    final ComboBox<Visibility> visibility = new ComboBox<>("Visibility");
    final TextField text = new TextField("Search");
    final Grid<DriverAnnotation> grid = new Grid<>(DriverAnnotation.class, false);

    private final DriverService drivers;
    private final ProductService products;
    private DriverFilter filter = DriverFilter.all();
    private boolean readingUrl;

    public DriversView(DriverService drivers, ProductService products, Clock clock) {
        this.drivers = drivers;
        this.products = products;
        addClassName("drivers-view");
        setSizeFull();

        var newDriver =
                new Button("New driver", VaadinIcon.PLUS.create(), e -> openEditor(Editing.create(DriverData.blank())));
        newDriver.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newDriver.addClassName("new-driver");
        var export = new Anchor(csvDownload(clock), AttachmentType.DOWNLOAD, "Export CSV");
        export.addClassName("export-drivers");
        var exportXlsx = ExcelDownload.link(
                () -> "drivers-" + LocalDate.now(clock) + ".xlsx", out -> drivers.exportXlsx(filter, out));
        var scorecard = new Anchor(RouteLinks.url(ScorecardView.class), "Scorecard");
        var header = new HorizontalLayout(Headings.viewTitle("Drivers"), newDriver, export, exportXlsx, scorecard);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName("view-toolbar");

        configureFilters(drivers, products);
        var filters = new FilterBar(text, category, direction, product, tag, from, to, author, visibility);
        filters.addClassName("driver-filters");

        grid.addColumn(a -> DriverBadges.dates(a.getStartDate(), a.getEndDate()))
                .setHeader("Date")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("date");
        grid.addColumn(DriverAnnotation::getTitle)
                .setHeader("Title")
                .setFlexGrow(3)
                .setKey("title");
        var categoryColumn = grid.addColumn(DriverBadges.categoryRenderer(DriverAnnotation::getCategory))
                .setHeader("Category")
                .setAutoWidth(true)
                .setKey("category");
        var directionColumn = grid.addColumn(DriverBadges.directionRenderer(DriverAnnotation::getDirection))
                .setHeader("Direction")
                .setAutoWidth(true)
                .setKey("direction");
        var impactColumn = grid.addColumn(a -> DriverBadges.impact(a.getImpact()))
                .setHeader("Impact")
                .setAutoWidth(true)
                .setKey("impact");
        grid.addColumn(a -> String.join(", ", a.getProductCodes()))
                .setHeader("Products")
                .setFlexGrow(1)
                .setKey("products");
        var tagsColumn = grid.addColumn(a -> String.join(", ", a.getTags()))
                .setHeader("Tags")
                .setFlexGrow(1)
                .setKey("tags");
        var visibilityColumn = grid.addColumn(DriverBadges::visibility)
                .setHeader("Visible to")
                .setAutoWidth(true)
                .setKey("visibility");
        var authorColumn = grid.addColumn(DriverAnnotation::getAuthorUsername)
                .setHeader("Author")
                .setAutoWidth(true)
                .setKey("author");
        // On a tablet: without tags, visibility and author; on a phone: date, title and products.
        NarrowColumns.hideBelow(grid, TABLET, tagsColumn, visibilityColumn, authorColumn);
        NarrowColumns.hide(grid, categoryColumn, directionColumn, impactColumn);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItemsPageable(pageable -> drivers.search(filter, pageable).getContent());
        grid.addItemClickListener(e -> UI.getCurrent()
                .navigate(
                        DriverDetailView.class,
                        DriverDetailView.parameters(e.getItem().requireId())));
        grid.setSizeFull();
        grid.addClassName("drivers-grid");

        add(header, filters, grid);
        expand(grid);
    }

    private void configureFilters(DriverService drivers, ProductService products) {
        text.setPlaceholder("Title or text");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        category.setItems(DriverCategory.values());
        category.setItemLabelGenerator(DriverCategory::label);
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(Direction::label);
        product.setItems(products.findAll());
        product.setItemLabelGenerator(Product::getCode);
        tag.setItems(query -> drivers.suggestTags(query.getFilter().orElse(""), DriverService.MAX_SUGGESTIONS).stream()
                .skip(query.getOffset())
                .limit(query.getLimit()));
        tag.setAllowCustomValue(true);
        tag.addCustomValueSetListener(e -> tag.setValue(e.getDetail()));
        author.setItems(drivers.visibleAuthors());
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(Visibility::label);
        List<HasValue<?, ?>> fields = List.of(text, category, direction, product, tag, from, to, author, visibility);
        for (var field : fields) {
            if (field instanceof HasClearButton clear) {
                clear.setClearButtonVisible(true);
            }
            field.addValueChangeListener(e -> {
                if (!readingUrl) {
                    applyFilters();
                }
            });
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = DriverFilter.fromParameters(
                event.getLocation().getQueryParameters().getParameters());
        readingUrl = true;
        try {
            category.setValue(filter.category());
            direction.setValue(filter.direction());
            product.setValue(
                    filter.productCode() == null
                            ? null
                            : products.findByCode(filter.productCode()).orElse(null));
            tag.setValue(filter.tag());
            from.setValue(filter.from());
            to.setValue(filter.to());
            author.setValue(filter.author());
            visibility.setValue(filter.visibility());
            text.setValue(filter.text() == null ? "" : filter.text());
        } finally {
            readingUrl = false;
        }
        grid.getDataProvider().refreshAll();
    }

    /** Reads the filter fields, puts them into the URL and reloads the grid. */
    void applyFilters() {
        filter = new DriverFilter(
                category.getValue(),
                direction.getValue(),
                product.getValue() == null ? null : product.getValue().getCode(),
                tag.getValue(),
                from.getValue(),
                to.getValue(),
                author.getValue(),
                visibility.getValue(),
                text.getValue());
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(
                        null,
                        new Location(
                                RouteLinks.url(DriversView.class), QueryParameters.simple(filter.toParameters()))));
        grid.getDataProvider().refreshAll();
    }

    DriverFilter currentFilter() {
        return filter;
    }

    private void openEditor(Editing<DriverData> editing) {
        new DriverEditorDialog(drivers, products, editing, saved -> {
                    Notifications.success("Driver saved");
                    grid.getDataProvider().refreshAll();
                })
                .open();
    }

    private DownloadHandler csvDownload(Clock clock) {
        return event -> {
            event.setFileName("drivers-" + LocalDate.now(clock) + ".csv");
            event.setContentType("text/csv; charset=utf-8");
            try (var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                writer.write(Csv.BOM);
                drivers.exportCsv(filter, writer);
            }
        };
    }

    /** A convenience for other views: the /drivers URL with the filter applied. */
    public static String link(DriverFilter filter) {
        return RouteLinks.url(DriversView.class, QueryParameters.simple(filter.toParameters()));
    }
}
