package app.neodesk.catalog.ui;

import app.neodesk.base.ui.Editing;
import app.neodesk.base.ui.EditorDialog;
import app.neodesk.base.ui.ListToolbar;
import app.neodesk.base.ui.Notifications;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductData;
import app.neodesk.catalog.ProductFilter;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/** Admins create products and change their specification. */
@Route("admin/products")
@PageTitle("Products · Neodesk")
@Menu(order = 100, icon = "vaadin:cubes", title = "Products")
@RolesAllowed("ADMIN")
public class ProductAdminView extends VerticalLayout {

    /** The product column's least width; it grows from there and its cells wrap. */
    static final String PRODUCT_COLUMN_BASIS = "18rem";

    private final ProductService products;
    private final SourceService sources;
    private final Clock clock;
    private final Grid<Product> grid = new Grid<>(Product.class, false);
    private final Checkbox activeOnly = new Checkbox("Active only");
    private String text = "";

    public ProductAdminView(ProductService products, SourceService sources, Clock clock) {
        this.products = products;
        this.sources = sources;
        this.clock = clock;
        setSizeFull();

        var toolbar = new ListToolbar("Products", "Search by code", value -> {
            text = value;
            refresh();
        });
        activeOnly.addValueChangeListener(e -> refresh());
        toolbar.addFilters(activeOnly);
        toolbar.addPrimaryAction("New product", () -> edit(Editing.create(ProductData.blank())));

        grid.addColumn(Product::getCode).setHeader("Code").setAutoWidth(true).setFlexGrow(0);
        // The whole name, unit included: the product column takes most of the free width and wraps its
        // cells instead of cutting them; the main source wraps too rather than claiming its widest name.
        grid.addColumn(Product::getDisplayName)
                .setHeader("Product")
                .setKey("product")
                .setWidth(PRODUCT_COLUMN_BASIS)
                .setFlexGrow(2);
        grid.addColumn(Product::getPriceUnitLabel)
                .setHeader("Unit")
                .setKey("unit")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> p.getMainSource() == null ? "" : p.getMainSource().getName())
                .setHeader("Main source")
                .setKey("mainSource")
                .setWidth("8rem")
                .setFlexGrow(1);
        grid.addColumn(p -> p.isActive() ? "active" : "inactive")
                .setHeader("Status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItemsPageable(pageable -> products.search(new ProductFilter(text, activeOnly.getValue()), pageable)
                .getContent());
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(Editing.of(products.get(e.getValue().requireId()), ProductData::of));
            }
        });
        add(toolbar, grid);
        expand(grid);
    }

    private void edit(Editing<ProductData> product) {
        var today = LocalDate.now(clock);
        var form = new ProductForm(sources.findAll(), today, products::aliases);
        var dialog = new EditorDialog<>(
                product.isNew() ? "New product" : "Product " + product.values().code(),
                form,
                edited -> Editing.of(
                        edited.save(
                                values -> products.create(values, form.getAliases()),
                                (id, version, values) -> products.update(
                                        id, version, values, form.getEffectiveDate(), form.getAliases())),
                        ProductData::of),
                edited -> Editing.of(products.get(Objects.requireNonNull(edited.id())), ProductData::of),
                saved -> {
                    Notifications.success("Product " + saved.values().code() + " saved");
                    refresh();
                });
        dialog.onClose(grid::deselectAll);
        dialog.open(product);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
