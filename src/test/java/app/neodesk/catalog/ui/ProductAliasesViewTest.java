package app.neodesk.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskViewTest;
import app.neodesk.base.ui.ListToolbar;
import app.neodesk.catalog.Element;
import app.neodesk.catalog.MarketBasis;
import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.PriceCurrency;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductData;
import app.neodesk.catalog.ProductService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.notification.Notification;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Aliases are edited in the product form, one per line, and saved with the product in one click. */
@NeodeskViewTest
@WithMockUser(username = "admin", roles = "ADMIN")
class ProductAliasesViewTest extends SpringBrowserlessTest {

    @Autowired
    ProductService products;

    @Test
    void adminEditsAliasesOnePerLineAndTheySaveWithTheProduct() {
        var created = products.create(product("er-oxide-alias-ui"), List.of("氧化铒", "Er oxide"));
        navigate(ProductAdminView.class);
        open("er-oxide-alias-ui");
        var form = $(ProductForm.class).single();
        assertThat(form.aliases.getLabel()).isEqualTo("Aliases");
        assertThat(form.aliases.getHelperText())
                .isEqualTo("English and Chinese names used by vendor files and notes, one per line");
        assertThat(form.aliases.getValue()).isEqualTo("氧化铒\nEr oxide");

        test(form.priceScale).setValue(1);
        test(form.aliases).setValue("氧化铒\n  erbium oxide \n\nEr2O3\nErbium-Oxide\nER OXIDE ALIAS UI");
        clickSave();

        assertThat($(Dialog.class).exists()).isFalse();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Product er-oxide-alias-ui saved");
        assertThat(products.aliases(created.getId())).containsExactly("氧化铒", "erbium oxide", "Er2O3");
        assertThat(products.get(created.getId()).getPriceScale()).isEqualTo(1);
        assertThat(products.resolve("Er₂O₃")).map(Product::getCode).contains("er-oxide-alias-ui");
    }

    @Test
    void aClashingAliasIsShownOnTheAliasesFieldAndNothingIsSaved() {
        navigate(ProductAdminView.class);
        test($(Button.class).withText("New product").single()).click();
        var form = $(ProductForm.class).single();
        assertThat(form.aliases.getValue()).isEmpty();
        test(form.code).setValue("lu-metal-alias-ui");
        test(form.element).selectItem("Lu · Lutetium");
        test(form.form).selectItem("metal");
        test(form.minPurity).setValue(new BigDecimal("99.9"));
        test(form.priceScale).setValue(0);
        test(form.aliases).setValue("金属镥\nLu metal\nPr-Nd Oxide");
        clickSave();

        assertThat(form.aliases.isInvalid()).isTrue();
        assertThat(form.aliases.getErrorMessage()).isEqualTo("'Pr-Nd Oxide' is already an alias of prnd-oxide-cn");
        assertThat($(Dialog.class).single().isOpened()).isTrue();
        assertThat(products.findByCode("lu-metal-alias-ui")).isEmpty();
        assertThat(form.aliases.getValue()).isEqualTo("金属镥\nLu metal\nPr-Nd Oxide");

        test(form.aliases).setValue("金属镥\nLu metal");
        clickSave();
        var saved = products.findByCode("lu-metal-alias-ui").orElseThrow();
        assertThat(products.aliases(saved.getId())).containsExactly("金属镥", "Lu metal");
    }

    @Test
    void theProductColumnShowsTheWholeNameWithItsUnit() {
        navigate(ProductAdminView.class);
        Grid<Product> grid = grid();
        var productColumn = grid.getColumnByKey("product");
        // At 1024 px a fixed narrow column cut "Praseodymium-neodymium oxide ≥99% · China ex-works · CNY/t"
        // before its unit: the column takes the free width and the cells wrap instead.
        assertThat(productColumn.getWidth())
                .isEqualTo(ProductAdminView.PRODUCT_COLUMN_BASIS)
                .endsWith("rem");
        assertThat(Double.parseDouble(productColumn.getWidth().replace("rem", "")))
                .as("least width in rem")
                .isGreaterThanOrEqualTo(16);
        assertThat(productColumn.getFlexGrow())
                .isGreaterThan(grid.getColumnByKey("mainSource").getFlexGrow());
        assertThat(grid.getColumnByKey("mainSource").isAutoWidth())
                .as("a long source name does not squeeze it")
                .isFalse();
        assertThat(grid.getThemeNames()).contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
        assertThat(grid.getColumnByKey("unit").isAutoWidth()).isTrue();

        test($(ListToolbar.class).single().getSearchField()).setValue("prnd-oxide-cn");
        var tester = test(grid);
        assertThat(tester.getCellText(0, grid.getColumns().indexOf(productColumn)))
                .isEqualTo("Praseodymium-neodymium oxide ≥99% · China ex-works · CNY/t");
        assertThat(tester.getCellText(0, grid.getColumns().indexOf(grid.getColumnByKey("unit"))))
                .isEqualTo("CNY/t");
    }

    private void open(String code) {
        test($(ListToolbar.class).single().getSearchField()).setValue(code);
        test(grid()).select(0);
    }

    private void clickSave() {
        test($(Button.class).withText("Save").single()).click();
    }

    @SuppressWarnings("unchecked")
    private Grid<Product> grid() {
        return $(Grid.class).single();
    }

    private static ProductData product(String code) {
        return ProductData.of(
                code,
                Element.ER,
                MaterialForm.OXIDE,
                new BigDecimal("99.9"),
                MarketBasis.CN_EXW,
                PriceCurrency.CNY,
                PriceUnit.KG,
                0);
    }
}
