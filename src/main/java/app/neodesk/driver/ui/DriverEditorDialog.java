package app.neodesk.driver.ui;

import app.neodesk.base.ui.Editing;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductService;
import app.neodesk.driver.DriverAnnotation;
import app.neodesk.driver.DriverData;
import app.neodesk.driver.DriverService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Creates or edits a driver in a dialog. {@code onSaved} receives the saved annotation, after
 * which the dialog closes; cancelling just closes it.
 */
public class DriverEditorDialog extends Dialog {

    private final DriverForm form;

    /** @param editing a new annotation's starting values, or a stored one's id, version and values */
    public DriverEditorDialog(
            DriverService drivers,
            ProductService products,
            Editing<DriverData> editing,
            Consumer<DriverAnnotation> onSaved) {
        setHeaderTitle(editing.isNew() ? "New driver" : "Edit driver");
        setWidth("min(56rem, 95vw)");
        addClassName("driver-editor");
        form = new DriverForm(drivers, productChoices(products, editing.values()), drivers.teamChoices(editing.id()));
        form.edit(editing);
        add(form);

        var save = new Button(
                "Save",
                e -> form.save(drivers).ifPresent(saved -> {
                    close();
                    onSaved.accept(saved);
                }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-driver");
        var cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, save);
    }

    public DriverForm getForm() {
        return form;
    }

    /** Active products, plus inactive ones the annotation already concerns. */
    static List<Product> productChoices(ProductService products, DriverData values) {
        var choices = new ArrayList<>(products.findActive());
        values.products().stream().filter(p -> !choices.contains(p)).forEach(choices::add);
        choices.sort(Comparator.comparing(Product::getCode));
        return choices;
    }
}
