package app.neodesk.note.ui;

import app.neodesk.catalog.Product;
import app.neodesk.driver.Direction;
import app.neodesk.driver.DriverAnnotation;
import app.neodesk.driver.DriverCategory;
import app.neodesk.driver.Impact;
import app.neodesk.driver.Visibility;
import app.neodesk.note.NoteDriverDraft;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/** One driver draft of a note: include, title, body, category, direction, impact, products and visibility. */
class DriverDraftEditor extends Div {

    final Checkbox include = new Checkbox("Save this driver");
    final TextField title = new TextField("Title");
    final TextArea body = new TextArea("Body");
    final Select<DriverCategory> category = new Select<>();
    final Select<Direction> direction = new Select<>();
    final Select<Impact> impact = new Select<>();
    final MultiSelectComboBox<Product> products = new MultiSelectComboBox<>("Products");
    final Select<Visibility> visibility = new Select<>();
    private final NoteDriverDraft draft;

    DriverDraftEditor(NoteDriverDraft draft, List<Product> allProducts, Runnable changed) {
        this.draft = draft;
        addClassName("note-driver-draft");
        include.setValue(draft.include());
        include.addValueChangeListener(e -> changed.run());
        title.setValue(draft.title());
        title.setMaxLength(DriverAnnotation.TITLE_MAX_LENGTH);
        title.setWidthFull();
        body.setValue(draft.body());
        body.setWidthFull();
        body.setMaxHeight("12em");
        category.setLabel("Category");
        category.setItems(DriverCategory.values());
        category.setItemLabelGenerator(DriverCategory::label);
        category.setValue(draft.category());
        direction.setLabel("Direction");
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(Direction::label);
        direction.setValue(draft.direction());
        impact.setLabel("Impact");
        impact.setItems(Impact.values());
        impact.setItemLabelGenerator(Impact::label);
        impact.setValue(draft.impact());
        products.setItems(allProducts);
        products.setItemLabelGenerator(Product::getCode);
        products.setValue(draft.products());
        visibility.setLabel("Visibility");
        visibility.setItems(
                draft.teams().isEmpty()
                        ? List.of(Visibility.PRIVATE, Visibility.EVERYONE)
                        : List.of(Visibility.values()));
        visibility.setItemLabelGenerator(v -> v == Visibility.TEAM
                ? "Team ("
                        + String.join(
                                ", ",
                                draft.teams().stream().map(t -> t.getName()).toList()) + ")"
                : v.label());
        visibility.setValue(draft.visibility());
        var form = new FormLayout(category, direction, impact, products, visibility);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 3));
        add(include, title, body, form);
    }

    boolean included() {
        return include.getValue();
    }

    NoteDriverDraft value() {
        return draft.with(
                title.getValue(),
                body.getValue(),
                category.getValue(),
                direction.getValue(),
                impact.getValue(),
                List.copyOf(products.getValue()),
                visibility.getValue(),
                include.getValue());
    }
}
