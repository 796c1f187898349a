package app.neodesk.catalog.ui;

import app.neodesk.base.ui.Editing;
import app.neodesk.base.ui.IsoDatePicker;
import app.neodesk.base.ui.RecordForm;
import app.neodesk.catalog.Element;
import app.neodesk.catalog.MarketBasis;
import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.PriceCurrency;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductData;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.Source;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A product's specification. The composed name is shown live while the user types. For an existing
 * product, "Effective from" dates a specification change (e.g. a unit change) for the charts.
 */
public class ProductForm extends RecordForm<ProductData> {

    static final String ALLOY_DETAIL_MESSAGE = ProductService.ALLOY_DETAIL_MESSAGE;

    final TextField code = new TextField("Code");
    final ComboBox<Element> element = new ComboBox<>("Element");
    final Select<MaterialForm> form = new Select<>();
    final TextField formDetail = new TextField("Alloy composition");
    final BigDecimalField minPurity = new BigDecimalField("Minimum purity");
    final Select<MarketBasis> marketBasis = new Select<>();
    final Select<PriceCurrency> currency = new Select<>();
    final Select<PriceUnit> unit = new Select<>();
    final IntegerField priceScale = new IntegerField("Price decimals");
    final ComboBox<Source> mainSource = new ComboBox<>("Main source");
    final Checkbox active = new Checkbox("Active (offered in pickers)");
    final DatePicker effectiveFrom = new IsoDatePicker("Effective from");
    final AliasesArea aliases = new AliasesArea();
    private final Span displayName = new Span();
    private final LocalDate today;
    private final LongFunction<List<String>> aliasesOf;

    /** @param aliasesOf reads a stored product's aliases by its id (a new product has none) */
    public ProductForm(List<Source> sources, LocalDate today, LongFunction<List<String>> aliasesOf) {
        super(ProductData.class);
        this.today = today;
        this.aliasesOf = aliasesOf;

        code.setMaxLength(Product.CODE_MAX_LENGTH);
        code.setHelperText("Lowercase, e.g. nd-metal-cn. Used in links and imports.");
        code.setValueChangeMode(ValueChangeMode.LAZY);
        element.setItems(Element.values());
        element.setItemLabelGenerator(e -> e.symbol() + " · " + e.label());
        form.setLabel("Form");
        form.setItems(MaterialForm.values());
        form.setItemLabelGenerator(MaterialForm::label);
        formDetail.setMaxLength(Product.FORM_DETAIL_MAX_LENGTH);
        formDetail.setHelperText("Only for alloys");
        formDetail.setValueChangeMode(ValueChangeMode.LAZY);
        minPurity.setSuffixComponent(new Span("%"));
        minPurity.setValueChangeMode(ValueChangeMode.LAZY);
        marketBasis.setLabel("Market basis");
        marketBasis.setItems(MarketBasis.values());
        marketBasis.setItemLabelGenerator(MarketBasis::label);
        currency.setLabel("Currency");
        currency.setItems(PriceCurrency.values());
        unit.setLabel("Unit");
        unit.setItems(PriceUnit.values());
        unit.setItemLabelGenerator(PriceUnit::symbol);
        priceScale.setMin(0);
        priceScale.setMax(Product.MAX_PRICE_SCALE);
        priceScale.setStepButtonsVisible(true);
        priceScale.setHelperText("Decimals of prices: 0 for CNY/t, 2 for USD/kg");
        priceScale.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage("Enter a whole number from 0 to " + Product.MAX_PRICE_SCALE)
                .setMinErrorMessage("The scale cannot be negative")
                .setMaxErrorMessage("At most " + Product.MAX_PRICE_SCALE + " decimals"));
        mainSource.setItems(sources);
        mainSource.setItemLabelGenerator(Source::getLabel);
        mainSource.setClearButtonVisible(true);
        effectiveFrom.setHelperText("A specification change applies from this date on the charts");
        effectiveFrom.setRequiredIndicatorVisible(true);
        unboundField("effectiveDate", effectiveFrom);
        unboundField("aliases", aliases);
        keepEnterInside(aliases);

        // Empty input breaks two constraints; name the one that helps.
        binder.forField(code).asRequired("Enter a code").bind("code");
        binder.forField(element).bind("element");
        binder.forField(form).bind("form");
        // Cross-field rule: an alloy names its composition.
        var formDetailBinding = binder.forField(formDetail)
                .withValidator(
                        detail -> form.getValue() != MaterialForm.ALLOY || !detail.isBlank(), ALLOY_DETAIL_MESSAGE)
                .withNullRepresentation("")
                .bind("formDetail");
        binder.forField(minPurity).bind("minPurity");
        binder.forField(marketBasis).bind("marketBasis");
        binder.forField(currency).bind("currency");
        binder.forField(unit).bind("unit");
        binder.forField(priceScale)
                .asRequired("Enter the number of decimals, 0 to " + Product.MAX_PRICE_SCALE)
                .bind("priceScale");
        // The record names the source by id; the picker shows the sources themselves.
        Map<Long, Source> sourcesById =
                sources.stream().collect(Collectors.toMap(Source::requireId, Function.identity()));
        binder.forField(mainSource)
                .withConverter(
                        (@Nullable Source s) -> s == null ? null : s.requireId(),
                        (@Nullable Long id) -> id == null ? null : sourcesById.get(id))
                .bind("mainSourceId");
        binder.forField(active).bind("active");

        form.addValueChangeListener(e -> {
            boolean alloy = e.getValue() == MaterialForm.ALLOY;
            formDetail.setEnabled(alloy);
            if (!alloy && e.isFromClient()) {
                formDetail.clear();
            }
            if (formDetail.isInvalid()) {
                formDetailBinding.validate();
            }
        });
        binder.addValueChangeListener(e -> showDisplayName());

        var preview = new Div(new Span("Name: "), displayName);
        preview.addClassName("display-name-preview");
        displayName.addClassName("product-display-name");
        var layout = getContent();
        layout.add(
                preview,
                code,
                element,
                form,
                formDetail,
                minPurity,
                marketBasis,
                currency,
                unit,
                priceScale,
                mainSource,
                active,
                effectiveFrom,
                aliases);
        layout.setColspan(preview, 2);
        layout.setColspan(marketBasis, 2);
        layout.setColspan(aliases, 2);
    }

    /** The date from which a specification change applies (today unless the user chose otherwise). */
    public LocalDate getEffectiveDate() {
        var value = effectiveFrom.getValue();
        return value == null ? today : value;
    }

    /** The aliases typed, one per line (cleaned and checked by the service). */
    public List<String> getAliases() {
        return aliases.getAliases();
    }

    /** The name composed from the current input, as {@link Product#getDisplayName()} would show it. */
    public String getDisplayNamePreview() {
        return displayName.getText();
    }

    @Override
    protected Focusable<?> firstField(Editing<ProductData> value) {
        return code;
    }

    @Override
    protected void afterRead(Editing<ProductData> value) {
        var id = value.id();
        formDetail.setEnabled(value.values().form() == MaterialForm.ALLOY);
        effectiveFrom.setVisible(id != null);
        effectiveFrom.setValue(today);
        aliases.setAliases(id == null ? List.of() : aliasesOf.apply(id));
        showDisplayName();
    }

    @Override
    protected boolean validateUnbound(Editing<ProductData> value) {
        aliases.setInvalid(false);
        if (!value.isNew() && effectiveFrom.getValue() == null) {
            effectiveFrom.setErrorMessage("Choose the date from which the change applies");
            effectiveFrom.setInvalid(true);
            return false;
        }
        effectiveFrom.setInvalid(false);
        return true;
    }

    private void showDisplayName() {
        displayName.setText(Product.displayName(
                element.getValue(),
                form.getValue(),
                formDetail.getValue(),
                minPurity.getValue(),
                marketBasis.getValue(),
                currency.getValue(),
                unit.getValue()));
    }
}
