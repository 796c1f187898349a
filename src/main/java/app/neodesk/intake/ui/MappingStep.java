package app.neodesk.intake.ui;

import app.neodesk.catalog.Product;
import app.neodesk.catalog.QuoteUnit;
import app.neodesk.catalog.Source;
import app.neodesk.intake.ColumnRole;
import app.neodesk.intake.ColumnSpec;
import app.neodesk.intake.ImportMapping;
import app.neodesk.intake.VendorUpload;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Step 2: how the file's columns are read. Every column has a role (proposed from its header),
 * price columns of a wide layout a product; the product, source and unit for the whole file are
 * picked here when the file has no column for them. Unrecognised product groups are mapped or
 * skipped, unknown columns are listed as ignored.
 */
public class MappingStep extends VerticalLayout {

    /** Units the user can pick for the whole file ({@code null}: the product's own unit). */
    static final List<String> UNITS = List.of("元/吨", "万元/吨", "元/千克", "元/公斤", "CNY/t", "CNY/kg", "USD/kg", "USD/t");

    static final String OWN_UNIT = "The product's own unit";

    final Select<String> sheet = new Select<>();
    final Grid<ColumnSpec> columns = new Grid<>();
    final ComboBox<Product> product = new ComboBox<>("Product of the whole file");
    final ComboBox<Source> source = new ComboBox<>("Source of the whole file");
    final Select<String> unit = new Select<>();
    final Div groups = new Div();
    final Span ignored = new Span();
    final Span missing = new Span();
    final Button preview = new Button("Preview");
    private final List<Product> products;
    private final Map<String, Product> byCode;
    private ImportMapping mapping;

    /**
     * @param onSheet   called with another sheet of the workbook to read
     * @param onPreview called with the finished mapping
     */
    public MappingStep(
            VendorUpload upload,
            List<Product> products,
            List<Source> sources,
            Consumer<String> onSheet,
            Consumer<ImportMapping> onPreview) {
        this.products = products;
        this.byCode = products.stream().collect(Collectors.toMap(Product::getCode, p -> p));
        this.mapping = upload.proposed();
        addClassName("mapping-step");
        setPadding(false);
        add(new Paragraph(upload.fileName() + ": " + upload.table().description() + ". Check how each column is read;"
                + " every choice can be changed."));
        sheet.setLabel("Sheet");
        sheet.setItems(upload.sheets());
        sheet.setValue(upload.sheet());
        sheet.setVisible(upload.sheets().size() > 1);
        sheet.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                onSheet.accept(e.getValue());
            }
        });

        configureGrid(upload);
        product.setItems(products);
        product.setItemLabelGenerator(p -> p.getCode() + " · " + p.getPriceUnitLabel());
        product.setClearButtonVisible(true);
        product.addValueChangeListener(e -> update(
                mapping.withProduct(e.getValue() == null ? null : e.getValue().getCode())));
        source.setItems(sources);
        source.setItemLabelGenerator(Source::getCode);
        source.setClearButtonVisible(true);
        source.addValueChangeListener(e -> update(
                mapping.withSource(e.getValue() == null ? null : e.getValue().getCode())));
        unit.setLabel("Unit of prices without one");
        unit.setItems(concat(OWN_UNIT, UNITS));
        unit.setValue(OWN_UNIT);
        unit.setHelperText("Used where neither the column header nor a unit column says it");
        unit.addValueChangeListener(e -> update(mapping.withUnit(
                e.getValue() == null || e.getValue().equals(OWN_UNIT)
                        ? null
                        : QuoteUnit.parse(e.getValue()).orElse(null))));
        ignored.addClassName("ignored-columns");
        missing.addClassName("import-status");
        missing.addClassName("fall");
        preview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        preview.addClickListener(e -> onPreview.accept(mapping));
        add(sheet, columns, groups, new HorizontalLayout(product, source, unit), ignored, missing, preview);
        update(mapping);
    }

    private void configureGrid(VendorUpload upload) {
        columns.addColumn(ColumnSpec::header)
                .setHeader("Column")
                .setAutoWidth(true)
                .setFlexGrow(0);
        columns.addColumn(c -> upload.sample().stream()
                        .map(r -> r.cell(c.index()))
                        .limit(3)
                        .collect(Collectors.joining(" · ")))
                .setHeader("First values")
                .setFlexGrow(1);
        columns.addComponentColumn(this::roleSelect)
                .setHeader("Read as")
                .setWidth("15rem")
                .setFlexGrow(0);
        columns.addComponentColumn(this::productBox)
                .setHeader("Product")
                .setWidth("16rem")
                .setFlexGrow(0);
        columns.addColumn(c -> c.unit() == null ? "" : c.unit().label())
                .setHeader("Unit in header")
                .setAutoWidth(true)
                .setFlexGrow(0);
        columns.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        columns.setAllRowsVisible(true);
    }

    private Select<ColumnRole> roleSelect(ColumnSpec spec) {
        var select = new Select<ColumnRole>();
        select.setItems(ColumnRole.values());
        select.setItemLabelGenerator(ColumnRole::label);
        select.setValue(spec.role());
        select.setAriaLabel("Read " + spec.header() + " as");
        select.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                update(mapping.withColumn(mapping.columns().get(spec.index()).withRole(e.getValue())));
            }
        });
        return select;
    }

    private ComboBox<Product> productBox(ColumnSpec spec) {
        var box = new ComboBox<Product>();
        box.setItems(products);
        box.setItemLabelGenerator(Product::getCode);
        box.setPlaceholder(spec.group() == null ? "all rows" : "not recognised");
        box.setAriaLabel("Product of " + spec.header());
        box.setVisible(spec.role().price());
        box.setValue(spec.product() == null ? null : byCode.get(spec.product()));
        box.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            var code = e.getValue() == null ? null : e.getValue().getCode();
            var current = mapping.columns().get(spec.index());
            update(
                    current.group() != null
                            ? mapping.withGroup(current.group(), code)
                            : mapping.withColumn(current.withProduct(code)));
        });
        return box;
    }

    /** Shows {@code next} everywhere: grid, group list, ignored columns, what is missing. */
    void update(ImportMapping next) {
        mapping = next;
        columns.setItems(next.columns());
        groups.removeAll();
        for (var group : next.unresolvedGroups()) {
            groups.add(groupRow(group));
        }
        var ignoredHeaders = next.ignored();
        ignored.setText(ignoredHeaders.isEmpty() ? "" : "Ignored columns: " + String.join(", ", ignoredHeaders));
        var open = next.missing();
        missing.setText(String.join(" ", open));
        preview.setEnabled(open.isEmpty());
        boolean narrow = !next.wide();
        product.setVisible(narrow && next.column(ColumnRole.PRODUCT).isEmpty() || next.product() != null);
        source.setVisible(true);
    }

    private HorizontalLayout groupRow(String group) {
        var pick = new ComboBox<Product>();
        pick.setItems(products);
        pick.setItemLabelGenerator(Product::getCode);
        pick.setAriaLabel("Product for " + group);
        pick.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                update(mapping.withGroup(group, e.getValue().getCode()));
            }
        });
        var skip = new Button("Skip", e -> update(mapping.withGroup(group, null)));
        var text = new Span("Not recognised: " + group + " — pick a product or skip");
        var row = new HorizontalLayout(text, pick, skip);
        row.setAlignItems(Alignment.BASELINE);
        row.addClassName("unresolved-group");
        return row;
    }

    public ImportMapping mapping() {
        return mapping;
    }

    private static List<String> concat(String first, List<String> rest) {
        return Stream.concat(Stream.of(first), rest.stream()).toList();
    }
}
