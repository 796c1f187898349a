package app.neodesk.chart.ui;

import app.neodesk.base.ValidationException;
import app.neodesk.base.ui.ExcelDownload;
import app.neodesk.base.ui.FilterBar;
import app.neodesk.base.ui.Headings;
import app.neodesk.base.ui.RouteLinks;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.Source;
import app.neodesk.chart.ChartData;
import app.neodesk.chart.ChartMode;
import app.neodesk.chart.ChartService;
import app.neodesk.chart.ChartState;
import app.neodesk.chart.ProductSeries;
import app.neodesk.chart.RangePreset;
import app.neodesk.driver.ui.DriverDetailView;
import app.neodesk.live.PriceUpdates;
import app.neodesk.live.ui.LiveRefresh;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * {@code /chart}: one or more products as mid lines with low–high bands, compared rebased to
 * 100, or as a spread. The whole state lives in the URL, so a chart can be bookmarked and shared.
 */
@Route("chart")
@PageTitle("Chart · Neodesk")
@Menu(order = 20, icon = "vaadin:chart", title = "Chart")
@PermitAll
public class ChartView extends VerticalLayout implements BeforeEnterObserver {

    static final List<String> DEFAULT_PRODUCTS = List.of("nd-metal-cn");

    private final ChartService charts;
    final PriceChart chart = new PriceChart();
    final MultiSelectComboBox<Product> products = new MultiSelectComboBox<>("Products");
    final ComboBox<Source> source = new ComboBox<>("Source");
    final Select<ChartMode> mode = new Select<>();
    final Checkbox metal = new Checkbox("Oxide as contained metal (Nd₂O₃ → Nd, 0.8574)");
    final Div problem = new Div();
    final ChartToolbar toolbar;
    /** Read by the CSV download (outside the session lock), so immutable and volatile. */
    private volatile ChartState state = ChartState.defaults(DEFAULT_PRODUCTS);
    /**
     * What the view keeps of the loaded data: the shown products and the last date. The points went
     * to the browser; CSV export and a re-attach load them again from the service.
     */
    private List<Product> shownProducts = List.of();

    private @Nullable LocalDate shownTo;
    /** "productId:sourceId" of the shown series; read by the live-update thread, so immutable and volatile. */
    private volatile Set<String> shown = Set.of();

    private boolean applying;

    public ChartView(ChartService charts, PriceUpdates updates, Clock clock) {
        this.charts = charts;
        setSizeFull();
        add(Headings.viewTitle("Chart"));

        products.setItems(charts.products());
        products.setItemLabelGenerator(p -> p.getCode() + " · " + p.getDisplayName());
        products.setWidth("28rem");
        source.setItems(charts.sources());
        source.setItemLabelGenerator(Source::getLabel);
        source.setPlaceholder("Main source of each product");
        source.setClearButtonVisible(true);
        mode.setLabel("Mode");
        mode.setItems(ChartMode.values());
        mode.setItemLabelGenerator(ChartMode::label);
        products.addValueChangeListener(e -> userChanged(state.withProducts(
                e.getValue().stream().map(Product::getCode).sorted().toList())));
        source.addValueChangeListener(e -> userChanged(
                state.withSource(e.getValue() == null ? null : e.getValue().getCode())));
        mode.addValueChangeListener(
                e -> userChanged(state.withMode(e.getValue() == null ? ChartMode.ABSOLUTE : e.getValue())));
        metal.addValueChangeListener(e -> userChanged(state.withMetalContent(e.getValue())));

        DownloadHandler csv = event -> {
            event.setFileName("neodesk-chart.csv");
            event.setContentType("text/csv; charset=utf-8");
            writeCsv(event.getOutputStream());
        };
        var xlsx = ExcelDownload.handler(() -> "neodesk-chart.xlsx", out -> writeXlsx(out, clock));
        toolbar = new ChartToolbar(
                () -> state,
                this::userChanged,
                () -> chart.exportPng("neodesk-chart-" + String.join("-", state.productCodes()) + ".png"),
                csv,
                xlsx);
        var controls = new FilterBar(products, source, mode, metal);
        problem.addClassName("chart-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        chart.setWidthFull();
        chart.setHeight("520px");
        // Never squeezed to a strip by the toolbar on a phone: the page scrolls instead.
        chart.setMinHeight("300px");
        chart.setEmptyMessage("No quotes in this range");
        chart.addMarkerClickListener(e -> ChartComposer.driverId(e.getMarkerId())
                .ifPresent(id ->
                        getUI().ifPresent(ui -> ui.navigate(DriverDetailView.class, DriverDetailView.parameters(id)))));
        chart.setReloader(() -> load(false));
        add(controls, toolbar, problem, chart);
        setFlexGrow(1, chart);

        LiveRefresh.attach(
                this,
                updates,
                update -> shown.contains(update.productId() + ":" + update.sourceId()),
                batch -> load(false));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters().getParameters();
        try {
            state = query.isEmpty() ? ChartState.defaults(DEFAULT_PRODUCTS) : ChartState.parse(query);
            showProblem(null);
        } catch (ValidationException e) {
            state = ChartState.defaults(DEFAULT_PRODUCTS);
            showProblem("The link has a bad parameter: " + e.getMessage() + ". Showing the default chart instead.");
        }
        load(false);
    }

    private void userChanged(ChartState next) {
        if (applying || next.equals(state)) {
            return;
        }
        if (next.productCodes().size() > ChartState.MAX_PRODUCTS) {
            showProblem("A chart shows at most " + ChartState.MAX_PRODUCTS + " products.");
            return;
        }
        if (next.mode() == ChartMode.SPREAD && next.productCodes().size() != 2) {
            showProblem("Spread mode needs exactly two products, e.g. nd-metal-cn and nd-oxide-cn.");
            return;
        }
        state = next;
        showProblem(null);
        load(true);
    }

    private void load(boolean updateUrl) {
        ChartData data;
        try {
            data = charts.load(state);
        } catch (ValidationException e) {
            showProblem(e.getMessage());
            shownProducts = List.of();
            shownTo = null;
            chart.setSeries(List.of());
            return;
        }
        shownProducts = data.series().stream().map(ProductSeries::product).toList();
        shownTo = data.to();
        shown = data.series().stream()
                .map(s -> s.product().getId() + ":" + s.source().getId())
                .collect(Collectors.toUnmodifiableSet());
        var picture = ChartComposer.compose(data);
        chart.setSeries(picture.series());
        chart.setMarkers(picture.markers());
        chart.setSpans(picture.spans());
        chart.setScaleMode(state.effectiveScale());
        if (data.isEmpty()) {
            // Nothing to show.
        } else if (state.range() == RangePreset.ALL) {
            // The whole loaded range, at any width (the client lowers its minimum bar spacing).
            chart.fitAll();
        } else {
            chart.setVisibleRange(data.from(), data.to());
        }
        reflectState();
        if (updateUrl) {
            getUI().ifPresent(ui -> ui.getPage()
                    .getHistory()
                    .replaceState(null, new Location(RouteLinks.url(ChartView.class), queryParameters())));
        }
    }

    private void reflectState() {
        applying = true;
        try {
            products.setValue(new LinkedHashSet<>(shownProducts));
            source.setValue(
                    state.sourceCode() == null
                            ? null
                            : source.getListDataView()
                                    .getItems()
                                    .filter(s -> s.getCode().equals(state.sourceCode()))
                                    .findFirst()
                                    .orElse(null));
            mode.setValue(state.mode());
            metal.setValue(state.metalContent());
            metal.setVisible(state.mode() == ChartMode.SPREAD);
            toolbar.reflect(state, shownTo);
        } finally {
            applying = false;
        }
    }

    private void showProblem(@Nullable String message) {
        problem.setText(message == null ? "" : message);
        problem.setVisible(message != null);
    }

    /**
     * Writes the shown series as CSV, loaded again from the service for the current state (the view
     * keeps no points). Writes only the header when the state does not load.
     */
    void writeCsv(OutputStream out) throws IOException {
        ChartCsv.write(exportedSeries(state), out);
    }

    /** Writes the shown series as an Excel workbook, loaded again like {@link #writeCsv}. */
    void writeXlsx(OutputStream out, Clock clock) throws IOException {
        var current = state;
        ChartXlsx.write(current, exportedSeries(current), clock, out);
    }

    private List<ChartSeries> exportedSeries(ChartState current) {
        try {
            return ChartComposer.compose(charts.load(current)).series();
        } catch (ValidationException e) {
            return List.of();
        }
    }

    QueryParameters queryParameters() {
        return QueryParameters.simple(state.toQuery());
    }

    ChartState state() {
        return state;
    }
}
