package app.neodesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.base.ConcurrentEditException;
import app.neodesk.base.NotFoundException;
import app.neodesk.base.ValidationException;
import app.neodesk.support.TestProducts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@NeodeskSpringTest
class ProductServiceTest {

    @Autowired
    ProductService products;

    @Test
    @WithMockUser(roles = "VIEWER")
    void everySignedInUserReadsTheDemoCatalog() {
        assertThat(products.findActive())
                .extracting(Product::getCode)
                .contains(
                        "nd-metal-cn",
                        "nd-oxide-cn",
                        "pr-oxide-cn",
                        "prnd-oxide-cn",
                        "dy-oxide-cn",
                        "tb-oxide-cn",
                        "prnd-oxide-fob");
        var ndMetal = products.findByCode("nd-metal-cn").orElseThrow();
        assertThat(ndMetal.getDisplayName()).isEqualTo("Neodymium metal ≥99.5% · China ex-works · CNY/t");
        assertThat(products.findByCode("dy-oxide-cn").orElseThrow().getPriceUnitLabel())
                .isEqualTo("CNY/kg");
        assertThat(products.findByCode("prnd-oxide-fob").orElseThrow().getPriceScale())
                .isEqualTo(2);
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void catalogCopiesRefuseChangesAndCopiesFromGetTakeThem() {
        var shared = products.findByCode("nd-metal-cn").orElseThrow();
        var detail = shared.getFormDetail();

        assertThatThrownBy(() -> shared.apply(
                        ProductData.of(shared).withFormDetail("changed for every user"), shared.getMainSource()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nd-metal-cn");
        assertThat(products.findByCode("nd-metal-cn").orElseThrow().getFormDetail())
                .isEqualTo(detail);

        var copy = products.get(shared.getId());
        copy.apply(ProductData.of(copy).withFormDetail("edited in a form"), copy.getMainSource());
        assertThat(copy.getFormDetail()).isEqualTo("edited in a form");
        assertThat(products.findByCode("nd-metal-cn").orElseThrow().getFormDetail())
                .isEqualTo(detail);
    }

    @Test
    void anonymousCannotReadProducts() {
        assertThatThrownBy(() -> products.findActive()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(roles = {"VIEWER"})
    void viewerCannotCreateOrChangeProduct() {
        assertThatThrownBy(() -> products.create(newProduct("ce-oxide-viewer")))
                .isInstanceOf(AuthorizationDeniedException.class);
        var nd = products.findByCode("nd-metal-cn").orElseThrow();
        assertThatThrownBy(() -> products.update(
                        nd.requireId(),
                        nd.getVersion(),
                        ProductData.of(nd).withActive(false),
                        LocalDate.of(2026, 2, 12)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(products.get(nd.requireId()).isActive()).isTrue();
    }

    @Test
    @WithMockUser(roles = {"ANALYST"})
    void analystCannotSaveProductOrListTheAdminGrid() {
        assertThatThrownBy(() -> products.create(newProduct("ce-oxide-analyst")))
                .isInstanceOf(AuthorizationDeniedException.class);
        var nd = products.findByCode("nd-metal-cn").orElseThrow();
        assertThatThrownBy(() -> products.update(
                        nd.requireId(),
                        nd.getVersion(),
                        ProductData.of(nd).withPriceScale(2),
                        LocalDate.of(2026, 2, 12)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> products.search(ProductFilter.all(), PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminCreatesProductAndDuplicateCodeIsRefused() {
        var saved = products.create(newProduct("ce-oxide-test"));
        assertThat(saved.getId()).isNotNull();
        assertThat(products.search(new ProductFilter("ce-oxide-t", false), PageRequest.of(0, 10))
                        .getContent())
                .extracting(Product::getCode)
                .containsExactly("ce-oxide-test");

        assertThatThrownBy(() -> products.create(newProduct("ce-oxide-test")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("already uses the code 'ce-oxide-test'");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    // Commits for real: each edit is a transaction of its own, so the second one holds a stale version.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void staleEditIsRefusedAsChangedBySomeoneElse() {
        var created = products.create(newProduct("la-oxide-stale"));
        long id = created.requireId();
        var opened = ProductData.of(created);
        products.update(id, created.getVersion(), opened.withActive(false), LocalDate.of(2026, 2, 12));

        assertThatThrownBy(() ->
                        products.update(id, created.getVersion(), opened.withPriceScale(1), LocalDate.of(2026, 2, 12)))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("changed by someone else");
        var stored = products.get(id);
        assertThat(stored.getPriceScale()).isZero();
        assertThat(stored.isActive()).as("the other admin's change is kept").isFalse();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void unitChangeIsRecordedAsDatedSpecificationEvent() {
        var created = products.create(newProduct("sm-metal-unit"));
        assertThat(products.specChanges(created.getId())).isEmpty();
        products.update(
                created.requireId(),
                created.getVersion(),
                ProductData.of(created).withUnit(PriceCurrency.CNY, PriceUnit.KG),
                LocalDate.of(2026, 2, 1));

        assertThat(products.specChanges(created.getId())).singleElement().satisfies(c -> {
            assertThat(c.getEffectiveDate()).isEqualTo(LocalDate.of(2026, 2, 1));
            assertThat(c.getDescription()).contains("unit=CNY/t").contains("unit=CNY/kg");
        });
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aMissingChoiceIsRefusedAtItsFieldAndNothingIsStored() {
        var noElement = new ProductData(
                "tb-metal-incomplete",
                null,
                MaterialForm.METAL,
                null,
                new BigDecimal("99.9"),
                MarketBasis.CN_EXW,
                PriceCurrency.CNY,
                PriceUnit.KG,
                0,
                null,
                true);
        assertThatThrownBy(() -> products.create(noElement))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.getField()).isEqualTo("element"))
                .hasMessage("Choose an element");
        assertThatThrownBy(
                        () -> products.create(newProduct("tb-metal-incomplete").withUnit(PriceCurrency.CNY, null)))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.getField()).isEqualTo("unit"))
                .hasMessage("Choose a unit");
        assertThat(products.findByCode("tb-metal-incomplete")).isEmpty();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAlloyNeedsItsCompositionAndAnUnknownMainSourceIsRefused() {
        var dyFe = ProductData.of(
                "dyfe-alloy-check",
                Element.DY,
                MaterialForm.ALLOY,
                new BigDecimal("80"),
                MarketBasis.CN_EXW,
                PriceCurrency.CNY,
                PriceUnit.KG,
                0);
        assertThatThrownBy(() -> products.create(dyFe))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.getField()).isEqualTo("formDetail"))
                .hasMessage("Name the alloy, e.g. DyFe");
        assertThatThrownBy(() -> products.create(dyFe.withFormDetail("DyFe").withMainSource(-42L)))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.getField()).isEqualTo("mainSourceId"))
                .hasMessage("This source no longer exists");

        var saved = products.create(dyFe.withFormDetail(" DyFe "));
        assertThat(saved.getDisplayName()).isEqualTo("Dysprosium DyFe alloy ≥80% · China ex-works · CNY/kg");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void changingAProductThatIsGoneIsNotFound() {
        assertThatThrownBy(() -> products.update(
                        987_654_321L, 0, newProduct("ce-oxide-gone"), LocalDate.of(2026, 2, 12), List.of()))
                .isInstanceOf(NotFoundException.class);
    }

    private static ProductData newProduct(String code) {
        return TestProducts.chinaSpot(code, Element.CE, MaterialForm.OXIDE, PriceUnit.T);
    }
}
