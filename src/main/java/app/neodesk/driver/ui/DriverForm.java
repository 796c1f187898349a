package app.neodesk.driver.ui;

import app.neodesk.base.ConcurrentEditException;
import app.neodesk.base.NotFoundException;
import app.neodesk.base.ValidationException;
import app.neodesk.base.ui.Editing;
import app.neodesk.base.ui.IsoDatePicker;
import app.neodesk.base.ui.Notifications;
import app.neodesk.base.ui.RecordForm;
import app.neodesk.catalog.Product;
import app.neodesk.driver.Direction;
import app.neodesk.driver.DriverAnnotation;
import app.neodesk.driver.DriverCategory;
import app.neodesk.driver.DriverData;
import app.neodesk.driver.DriverService;
import app.neodesk.driver.Impact;
import app.neodesk.driver.Visibility;
import app.neodesk.team.Team;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * The fields of a driver annotation, bound to a {@link DriverData}, with immediate validation: its
 * bean constraints plus the cross-field rules (end date on or after the date, teams when shared
 * with a team). The service checks all of it again.
 */
public class DriverForm extends RecordForm<DriverData> {

    final TextField title = new TextField("Title");
    final DatePicker startDate = new IsoDatePicker("Date");
    final DatePicker endDate = new IsoDatePicker("Until (optional, for a range)");
    final MultiSelectComboBox<Product> products = new MultiSelectComboBox<>("Products");
    final ComboBox<DriverCategory> category = new ComboBox<>("Category");
    final ComboBox<Direction> direction = new ComboBox<>("Direction");
    final ComboBox<Impact> impact = new ComboBox<>("Impact");
    final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>("Tags");
    final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>("Who can see it");
    final MultiSelectComboBox<Team> teams = new MultiSelectComboBox<>("Teams");
    final TextField sourceName = new TextField("Source");
    final TextField sourceUrl = new TextField("Source link");
    final TextArea body = new TextArea("Text");

    public DriverForm(DriverService drivers, List<Product> productChoices, List<Team> teamChoices) {
        super(DriverData.class);
        title.setHelperText("Required, at most " + DriverAnnotation.TITLE_MAX_LENGTH + " characters");
        title.setValueChangeMode(ValueChangeMode.EAGER);
        startDate.setRequiredIndicatorVisible(true);
        products.setItems(productChoices);
        products.setItemLabelGenerator(p -> p.getCode() + " · " + p.getDisplayName());
        category.setItems(DriverCategory.values());
        category.setItemLabelGenerator(DriverCategory::label);
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(Direction::label);
        impact.setItems(Impact.values());
        impact.setItemLabelGenerator(Impact::label);
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(Visibility::label);
        teams.setItems(teamChoices);
        teams.setItemLabelGenerator(Team::getName);
        teams.setHelperText(
                teamChoices.isEmpty()
                        ? "The author is in no team: choose private or everyone"
                        : "Members of these teams can read it");

        tags.setAllowCustomValue(true);
        tags.setHelperText("Pick a suggestion or type a new tag and press Enter, e.g. export-controls");
        tags.setItems(query -> drivers.suggestTags(query.getFilter().orElse(""), DriverService.MAX_SUGGESTIONS).stream()
                .skip(query.getOffset())
                .limit(query.getLimit()));
        tags.addCustomValueSetListener(e -> {
            var tag = DriverAnnotation.normaliseTag(e.getDetail());
            if (!tag.isEmpty()) {
                var value = new LinkedHashSet<>(tags.getValue());
                value.add(tag);
                tags.setValue(value);
            }
        });

        sourceUrl.setPlaceholder("https://…");
        sourceUrl.setMaxLength(DriverAnnotation.SOURCE_URL_MAX_LENGTH);
        sourceName.setMaxLength(DriverAnnotation.SOURCE_NAME_MAX_LENGTH);
        body.setMaxLength(DriverAnnotation.BODY_MAX_LENGTH);
        body.setHelperText("Markdown: **bold**, *italic*, lists with - or 1., [links](https://…)");
        body.setMinHeight("8rem");

        bind();

        var form = getContent();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.add(title, 2);
        form.add(startDate, endDate);
        form.add(products, 2);
        form.add(category, direction, impact, tags, visibility, teams, sourceName, sourceUrl);
        form.add(body, 2);
        addClassName("driver-form");
    }

    private void bind() {
        binder.bind(title, "title");
        binder.forField(startDate).asRequired("Enter the date").bind("startDate");
        binder.forField(endDate)
                .withValidator(
                        end -> end == null || startDate.getValue() == null || !end.isBefore(startDate.getValue()),
                        "The end date cannot be before the start date")
                .bind("endDate");
        startDate.addValueChangeListener(e -> {
            if (endDate.getValue() != null) {
                binder.validate();
            }
        });
        binder.forField(products).asRequired("Choose at least one product").bind("products");
        binder.forField(category).asRequired("Choose a category").bind("category");
        binder.forField(direction).asRequired("Choose a direction").bind("direction");
        binder.forField(impact).asRequired("Choose an impact").bind("impact");
        binder.forField(tags)
                .withValidator(
                        values -> values.size() <= DriverAnnotation.MAX_TAGS,
                        "At most " + DriverAnnotation.MAX_TAGS + " tags")
                .withValidator(
                        values -> values.stream()
                                .allMatch(t -> t.length() <= DriverAnnotation.TAG_MAX_LENGTH
                                        && t.matches(DriverAnnotation.TAG_PATTERN)),
                        DriverAnnotation.TAG_MESSAGE)
                .bind("tags");
        binder.forField(visibility).asRequired("Choose who can see it").bind("visibility");
        binder.forField(teams)
                .withValidator(
                        chosen -> visibility.getValue() != Visibility.TEAM || !chosen.isEmpty(),
                        "Choose at least one team to share with")
                .bind("teams");
        visibility.addValueChangeListener(e -> {
            teams.setVisible(e.getValue() == Visibility.TEAM);
            if (e.isFromClient() || e.getValue() != Visibility.TEAM) {
                binder.validate();
            }
        });
        binder.forField(sourceName).withNullRepresentation("").bind("sourceName");
        binder.forField(sourceUrl).withNullRepresentation("").bind("sourceUrl");
        binder.forField(body).withNullRepresentation("").bind("body");
    }

    @Override
    protected void afterRead(Editing<DriverData> value) {
        teams.setVisible(value.values().visibility() == Visibility.TEAM);
    }

    @Override
    protected Focusable<?> firstField(Editing<DriverData> value) {
        return title;
    }

    /**
     * Validates, and saves the values through the service: a new annotation through
     * {@link DriverService#create}, a stored one through {@link DriverService#update} with the
     * version that was read. Refusals are shown on their field or as an error notification; the
     * form keeps what the user typed.
     */
    public Optional<DriverAnnotation> save(DriverService drivers) {
        var edited = writeIfValid();
        if (edited.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(edited.get().save(drivers::create, drivers::update));
        } catch (ValidationException e) {
            if (!showError(e)) {
                Notifications.error(e.getMessage());
            }
        } catch (ConcurrentEditException | NotFoundException | AccessDeniedException e) {
            Notifications.error(e);
        }
        return Optional.empty();
    }
}
