package app.neodesk.quote.ui;

import app.neodesk.base.ui.ExcelDownload;
import app.neodesk.base.ui.FilterBar;
import app.neodesk.base.ui.Headings;
import app.neodesk.base.ui.IsoDatePicker;
import app.neodesk.base.ui.RouteLinks;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.Source;
import app.neodesk.catalog.SourceService;
import app.neodesk.driver.ui.DriverEditView;
import app.neodesk.live.PriceUpdates;
import app.neodesk.live.ui.LiveRefresh;
import app.neodesk.quote.QuoteFilter;
import app.neodesk.quote.QuoteRow;
import app.neodesk.quote.QuoteService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The quote history, newest first, lazily loaded with keyset paging. The filter lives in the URL,
 * e.g. {@code /history?product=nd-metal-cn&source=yangtze&from=2026-01-01&to=2026-02-11}.
 */
@Route("history")
@PageTitle("History · Neodesk")
@Menu(order = 10, icon = "vaadin:table", title = "History")
@PermitAll
public class HistoryView extends VerticalLayout implements BeforeEnterObserver {

    public static final String PARAM_PRODUCT = HistoryUrl.PRODUCT;
    public static final String PARAM_SOURCE = HistoryUrl.SOURCE;
    public static final String PARAM_FROM = HistoryUrl.FROM;
    public static final String PARAM_TO = HistoryUrl.TO;

    final MultiSelectComboBox<Product> products = new MultiSelectComboBox<>("Products");
    final ComboBox<Source> source = new ComboBox<>("Source");
    final DatePicker from = new IsoDatePicker("From");
    final DatePicker to = new IsoDatePicker("To");
    final Span filterError = new Span();
    final Grid<QuoteRow> grid;
    final Button revisions = new Button("Revisions");
    final Button correct = new Button("Correct");
    final Button delete = new Button("Delete");
    final Button importCsv = new Button("Import file");
    final Button annotate = new Button("Annotate");
    final Anchor export;
    final Anchor exportXlsx;
    final FilterBar filters;
    final HistoryEmptyState empty = new HistoryEmptyState(this::clearFilters);

    private final QuoteService quotes;
    private final Clock clock;
    private final Map<String, Product> productsByCode;
    private final Map<String, Source> sourcesByCode;
    private HistoryPager pager;
    private boolean settingFields;

    public HistoryView(
            QuoteService quotes,
            ProductService productService,
            SourceService sourceService,
            AuthenticationContext authentication,
            PriceUpdates updates,
            Clock clock) {
        this.quotes = quotes;
        this.clock = clock;
        this.pager = new HistoryPager(quotes, QuoteFilter.all(), HistoryGrid.PAGE_SIZE);
        this.grid = new HistoryGrid(quotes.previousGap());
        addClassName("history-view");
        setSizeFull();
        var allProducts = productService.findAll();
        var allSources = sourceService.findAll();
        productsByCode = allProducts.stream()
                .collect(Collectors.toMap(Product::getCode, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        sourcesByCode = allSources.stream()
                .collect(Collectors.toMap(Source::getCode, Function.identity(), (a, b) -> a, LinkedHashMap::new));

        products.setItems(allProducts);
        products.setItemLabelGenerator(p -> p.getCode() + " · " + p.getDisplayName());
        products.setWidth("24rem");
        source.setItems(allSources);
        source.setItemLabelGenerator(Source::getLabel);
        source.setClearButtonVisible(true);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        products.addValueChangeListener(e -> filterChanged());
        source.addValueChangeListener(e -> filterChanged());
        from.addValueChangeListener(e -> filterChanged());
        to.addValueChangeListener(e -> filterChanged());
        filterError.addClassName("filter-error");
        filterError.getStyle().set("color", "var(--lumo-error-text-color)");
        filterError.setVisible(false);

        configureGrid();

        DownloadHandler csv = event -> {
            event.setFileName("neodesk-quotes-" + LocalDate.now(clock) + ".csv");
            event.setContentType("text/csv; charset=utf-8");
            quotes.exportCsv(pager.filter(), event.getOutputStream());
        };
        export = new Anchor(csv, AttachmentType.DOWNLOAD, "Export CSV");
        export.addClassName("export-link");
        exportXlsx = ExcelDownload.link(
                () -> "neodesk-quotes-" + LocalDate.now(clock) + ".xlsx",
                out -> quotes.exportXlsx(pager.filter(), out));

        boolean analyst = authentication.hasAnyRole("ANALYST", "ADMIN");
        boolean admin = authentication.hasRole("ADMIN");
        revisions.addClickListener(e ->
                selected().ifPresent(r -> new RevisionsDialog(quotes, r, clock.getZone()).open()));
        correct.addClickListener(e ->
                selected().ifPresent(r -> new CorrectQuoteDialog(quotes, r, saved -> refresh()).open()));
        delete.addClickListener(e -> selected().ifPresent(r -> new DeleteQuoteDialog(quotes, r, this::refresh).open()));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        // The import wizard (intake.ui) by its route: no dependency of quote on intake.
        importCsv.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(RouteLinks.QUOTE_IMPORT)));
        annotate.addClickListener(e -> selected()
                .ifPresent(r -> getUI().ifPresent(ui -> ui.navigate(
                        DriverEditView.class,
                        QueryParameters.simple(Map.of(
                                DriverEditView.P_PRODUCT,
                                r.product().getCode(),
                                DriverEditView.P_DATE,
                                r.date().toString()))))));
        annotate.setTooltipText("Write down the driver behind the selected quote's move");
        correct.setVisible(analyst);
        importCsv.setVisible(analyst);
        delete.setVisible(admin);
        updateActions();

        filters = new FilterBar(products, source, from, to);
        var actions = new HorizontalLayout(revisions, correct, delete, annotate, importCsv, export, exportXlsx);
        actions.addClassName("view-toolbar");
        add(Headings.viewTitle("Quote history"), filters, filterError, actions, empty, grid);
        expand(grid);

        LiveRefresh.attach(
                this,
                updates,
                update -> pager.filter().productIds().isEmpty()
                        || pager.filter().productIds().contains(update.productId()),
                batch -> refresh());
    }

    private void configureGrid() {
        grid.setItemsPageable(pageable -> pager.fetch(pageable));
        grid.addSelectionListener(e -> updateActions());
        grid.addItemDoubleClickListener(e -> new RevisionsDialog(quotes, e.getItem(), clock.getZone()).open());
    }

    private Optional<QuoteRow> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void updateActions() {
        boolean any = selected().isPresent();
        revisions.setEnabled(any);
        correct.setEnabled(any);
        delete.setEnabled(any);
        annotate.setEnabled(any);
    }

    private void refresh() {
        load(pager.filter());
    }

    /** A new pager for the filter; the grid, or the empty state naming the filters when nothing matches. */
    private void load(QuoteFilter filter) {
        pager = new HistoryPager(quotes, filter, HistoryGrid.PAGE_SIZE);
        boolean none = pager.isEmpty();
        empty.show(none, products.getValue(), source.getValue(), from.getValue(), to.getValue());
        grid.setVisible(!none);
        grid.getDataProvider().refreshAll();
        grid.deselectAll();
    }

    /** "Clear filters" in the empty state: everything, newest first, in one refresh. */
    private void clearFilters() {
        setFields(HistoryUrl.NONE);
        to.setInvalid(false);
        filterError.setVisible(false);
        applyFilter(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var url = HistoryUrl.parse(
                event.getLocation().getQueryParameters().getParameters(), productsByCode, sourcesByCode);
        setFields(url);
        var problems = url.problems();
        filterError.setText(
                problems.isEmpty() ? "" : "Some filters were ignored: " + String.join("; ", problems) + ".");
        filterError.setVisible(!problems.isEmpty());
        applyFilter(false);
    }

    /** Sets the filter fields without each change reloading the grid. */
    private void setFields(HistoryUrl url) {
        settingFields = true;
        try {
            products.setValue(url.products());
            source.setValue(url.source());
            from.setValue(url.from());
            to.setValue(url.to());
        } finally {
            settingFields = false;
        }
    }

    private void filterChanged() {
        if (settingFields) {
            return;
        }
        if (from.getValue() != null && to.getValue() != null && from.getValue().isAfter(to.getValue())) {
            to.setErrorMessage("'To' must not be before 'from'");
            to.setInvalid(true);
            return;
        }
        to.setInvalid(false);
        filterError.setVisible(false);
        applyFilter(true);
    }

    private void applyFilter(boolean updateUrl) {
        load(HistoryUrl.filter(products.getValue(), source.getValue(), from.getValue(), to.getValue()));
        if (updateUrl) {
            getUI().ifPresent(ui -> ui.getPage()
                    .getHistory()
                    .replaceState(null, new Location(RouteLinks.url(HistoryView.class), queryParameters())));
        }
    }

    QueryParameters queryParameters() {
        return HistoryUrl.query(products.getValue(), source.getValue(), from.getValue(), to.getValue());
    }

    QuoteFilter currentFilter() {
        return pager.filter();
    }

    Set<String> selectedProductCodes() {
        return products.getValue().stream().map(Product::getCode).collect(Collectors.toSet());
    }
}
