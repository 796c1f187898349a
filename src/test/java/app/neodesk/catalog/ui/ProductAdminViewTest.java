package app.neodesk.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.NeodeskViewTest;
import app.neodesk.base.ui.ListToolbar;
import app.neodesk.catalog.Element;
import app.neodesk.catalog.MarketBasis;
import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductData;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import app.neodesk.support.TestProducts;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@NeodeskViewTest
@WithMockUser(username = "admin", roles = "ADMIN")
class ProductAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    ProductService products;

    @Autowired
    SourceService sources;

    @Test
    void gridListsTheCatalogAndFiltersByCode() {
        navigate(ProductAdminView.class);
        assertThat(codesInGrid()).contains("nd-metal-cn", "dy-oxide-cn", "prnd-oxide-fob");

        search("oxide-c");
        assertThat(codesInGrid()).contains("nd-oxide-cn", "dy-oxide-cn").doesNotContain("nd-metal-cn");
    }

    @Test
    void productFormRejectsBadInputAndSavesNothing() {
        navigate(ProductAdminView.class);
        int before = products.findAll().size();
        var form = openNewProduct();
        fillValid(form, "");
        test(form.minPurity).setValue(new BigDecimal("150"));
        // The browser marks a number above the field's max as invalid; the tester refuses to type it,
        // so the value is set directly, as the browser would send it.
        form.priceScale.setValue(9);
        clickSave();

        assertThat(form.code.isInvalid()).isTrue();
        assertThat(form.code.getErrorMessage()).isEqualTo("Enter a code");
        assertThat(form.minPurity.isInvalid()).isTrue();
        assertThat(form.minPurity.getErrorMessage()).isEqualTo("Purity cannot exceed 100%");
        assertThat(form.priceScale.isInvalid()).isTrue();
        assertThat(form.priceScale.getErrorMessage()).isEqualTo("At most 4 decimals");

        test(form.code).setValue("CE-METAL-UPPER");
        clickSave();
        assertThat(form.code.isInvalid()).isTrue();
        assertThat(form.code.getErrorMessage()).isEqualTo(Product.CODE_MESSAGE);

        // Nothing stored, the dialog stays open with the user's input.
        assertThat(products.findAll()).hasSize(before);
        assertThat(products.findByCode("ce-metal-upper")).isEmpty();
        assertThat($(Dialog.class).single().isOpened()).isTrue();
        assertThat(form.code.getValue()).isEqualTo("CE-METAL-UPPER");
        assertThat(form.minPurity.getValue()).isEqualByComparingTo("150");
    }

    @Test
    void alloyNeedsItsComposition() {
        navigate(ProductAdminView.class);
        var form = openNewProduct();
        fillValid(form, "dy-alloy-ui");
        test(form.form).selectItem("alloy");
        assertThat(form.formDetail.isEnabled()).isTrue();
        clickSave();
        assertThat(form.formDetail.isInvalid()).isTrue();
        assertThat(form.formDetail.getErrorMessage()).isEqualTo(ProductForm.ALLOY_DETAIL_MESSAGE);
        assertThat(products.findByCode("dy-alloy-ui")).isEmpty();

        test(form.formDetail).setValue("DyFe");
        assertThat(form.getDisplayNamePreview()).startsWith("Cerium DyFe alloy ≥99.9%");
        clickSave();
        assertThat(products.findByCode("dy-alloy-ui"))
                .get()
                .extracting(Product::getFormDetail)
                .isEqualTo("DyFe");
    }

    @Test
    void productFormSavesGoodInput() {
        navigate(ProductAdminView.class);
        var form = openNewProduct();
        fillValid(form, "ce-metal-ui");
        test(form.marketBasis).selectItem(MarketBasis.FOB_CHINA.label());
        test(form.currency).selectItem("USD");
        test(form.unit).selectItem("kg");
        test(form.priceScale).setValue(2);
        test(form.mainSource).selectItem("smm · Shanghai Metals Market");
        assertThat(form.getDisplayNamePreview()).isEqualTo("Cerium metal ≥99.9% · FOB China · USD/kg");

        fireShortcut(Key.ENTER);

        var saved = products.findByCode("ce-metal-ui").orElseThrow();
        assertThat(saved.getDisplayName()).isEqualTo("Cerium metal ≥99.9% · FOB China · USD/kg");
        assertThat(saved.getPriceScale()).isEqualTo(2);
        assertThat(saved.getMainSource())
                .isNotNull()
                .extracting(s -> s.getCode())
                .isEqualTo("smm");
        assertThat($(Dialog.class).exists()).isFalse();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Product ce-metal-ui saved");
        assertThat(codesInGrid()).contains("ce-metal-ui");
    }

    @Test
    void duplicateProductCodeShowsFieldError() {
        navigate(ProductAdminView.class);
        var form = openNewProduct();
        fillValid(form, "nd-metal-cn");
        clickSave();

        assertThat(form.code.isInvalid()).isTrue();
        assertThat(form.code.getErrorMessage()).isEqualTo("Another product already uses the code 'nd-metal-cn'");
        assertThat($(Dialog.class).single().isOpened()).isTrue();
        assertThat(products.findAll())
                .filteredOn(p -> p.getCode().equals("nd-metal-cn"))
                .hasSize(1);
    }

    @Test
    void staleEditShowsChangedBySomeoneElseAndReloadShowsTheirChange() {
        var created = products.create(product("la-metal-stale-ui"));
        navigate(ProductAdminView.class);
        search("la-metal-stale-ui");
        test(grid()).select(0);
        var form = $(ProductForm.class).single();
        test(form.priceScale).setValue(1);

        products.update(
                created.requireId(),
                created.getVersion(),
                ProductData.of(created).withActive(false),
                LocalDate.of(2026, 2, 12));
        clickSave();

        var problem = $(Div.class).withClassName("editor-problem").single();
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getElement().getTextRecursively()).contains("changed by someone else");
        assertThat(form.priceScale.getValue()).isEqualTo(1);
        assertThat(products.get(created.getId()).getPriceScale()).isZero();

        test($(Button.class).withText("Reload").single()).click();
        assertThat(problem.isVisible()).isFalse();
        assertThat(form.priceScale.getValue()).isZero();
        assertThat(form.active.getValue()).isFalse();
    }

    @Test
    void unitChangeIsDatedWithTheEffectiveDate() {
        var created = products.create(product("sm-oxide-unit-ui"));
        navigate(ProductAdminView.class);
        search("sm-oxide-unit-ui");
        test(grid()).select(0);
        var form = $(ProductForm.class).single();
        assertThat(form.effectiveFrom.isVisible()).isTrue();
        assertThat(form.effectiveFrom.getValue()).isEqualTo(LocalDate.of(2026, 2, 12));
        test(form.unit).selectItem("kg");
        test(form.effectiveFrom).setValue(LocalDate.of(2026, 2, 5));
        clickSave();

        assertThat(products.specChanges(created.getId()))
                .singleElement()
                .satisfies(c -> assertThat(c.getEffectiveDate()).isEqualTo(LocalDate.of(2026, 2, 5)));
    }

    @Test
    void editingShowsTheMainSourceAndKeepsItThroughASave() {
        var smm = sources.findByCode("smm").orElseThrow();
        var created = products.create(product("tb-metal-main-ui").withMainSource(smm.requireId()));
        navigate(ProductAdminView.class);
        search("tb-metal-main-ui");
        test(grid()).select(0);
        var form = $(ProductForm.class).single();
        assertThat(form.mainSource.getValue())
                .isNotNull()
                .extracting(s -> s.getCode())
                .isEqualTo("smm");

        test(form.priceScale).setValue(1);
        clickSave();

        var saved = products.get(created.requireId());
        assertThat(saved.getPriceScale()).isEqualTo(1);
        assertThat(saved.getMainSource())
                .isNotNull()
                .extracting(s -> s.getCode())
                .isEqualTo("smm");
    }

    @Test
    void escapeCancelsWithoutSaving() {
        navigate(ProductAdminView.class);
        var form = openNewProduct();
        fillValid(form, "eu-oxide-cancelled");
        fireShortcut(Key.ESCAPE);
        assertThat($(Dialog.class).exists()).isFalse();
        assertThat(products.findByCode("eu-oxide-cancelled")).isEmpty();
    }

    private ProductForm openNewProduct() {
        test($(Button.class).withText("New product").single()).click();
        var form = $(ProductForm.class).single();
        assertThat(form.effectiveFrom.isVisible()).isFalse();
        return form;
    }

    private void fillValid(ProductForm form, String code) {
        test(form.code).setValue(code);
        test(form.element).selectItem("Ce · Cerium");
        test(form.form).selectItem("metal");
        test(form.minPurity).setValue(new BigDecimal("99.9"));
        test(form.priceScale).setValue(0);
    }

    private void clickSave() {
        test($(Button.class).withText("Save").single()).click();
    }

    private void search(String text) {
        test($(ListToolbar.class).single().getSearchField()).setValue(text);
    }

    @SuppressWarnings("unchecked")
    private Grid<Product> grid() {
        return $(Grid.class).single();
    }

    private List<String> codesInGrid() {
        var tester = test(grid());
        return IntStream.range(0, tester.size())
                .mapToObj(i -> tester.getRow(i).getCode())
                .toList();
    }

    private static ProductData product(String code) {
        return TestProducts.chinaSpot(code, Element.LA, MaterialForm.METAL, PriceUnit.T);
    }
}
