package app.neodesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.base.ConcurrentEditException;
import app.neodesk.base.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

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

        assertThatThrownBy(() -> shared.setFormDetail("changed for every user"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nd-metal-cn");
        assertThat(products.findByCode("nd-metal-cn").orElseThrow().getFormDetail())
                .isEqualTo(detail);

        var copy = products.get(shared.getId());
        copy.setFormDetail("edited in a form");
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
    void viewerCannotSaveProduct() {
        assertThatThrownBy(() -> products.save(newProduct("ce-oxide-viewer"), LocalDate.of(2026, 2, 12)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(roles = {"ANALYST"})
    void analystCannotSaveProductOrListTheAdminGrid() {
        assertThatThrownBy(() -> products.save(newProduct("ce-oxide-analyst"), LocalDate.of(2026, 2, 12)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> products.search(ProductFilter.all(), PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminCreatesProductAndDuplicateCodeIsRefused() {
        var saved = products.save(newProduct("ce-oxide-test"), LocalDate.of(2026, 2, 12));
        assertThat(saved.getId()).isNotNull();
        assertThat(products.search(new ProductFilter("ce-oxide-t", false), PageRequest.of(0, 10))
                        .getContent())
                .extracting(Product::getCode)
                .containsExactly("ce-oxide-test");

        assertThatThrownBy(() -> products.save(newProduct("ce-oxide-test"), LocalDate.of(2026, 2, 12)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("already uses the code 'ce-oxide-test'");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void staleEditIsRefusedAsChangedBySomeoneElse() {
        var created = products.save(newProduct("la-oxide-stale"), LocalDate.of(2026, 2, 12));
        var first = products.get(created.getId());
        var second = products.get(created.getId());
        first.setActive(false);
        products.save(first, LocalDate.of(2026, 2, 12));

        second.setPriceScale(1);
        assertThatThrownBy(() -> products.save(second, LocalDate.of(2026, 2, 12)))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(products.get(created.getId()).getPriceScale()).isZero();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void unitChangeIsRecordedAsDatedSpecificationEvent() {
        var created = products.save(newProduct("sm-metal-unit"), LocalDate.of(2026, 1, 1));
        assertThat(products.specChanges(created.getId())).isEmpty();
        var edit = products.get(created.getId());
        edit.setUnit(PriceUnit.KG);
        products.save(edit, LocalDate.of(2026, 2, 1));

        assertThat(products.specChanges(created.getId())).singleElement().satisfies(c -> {
            assertThat(c.getEffectiveDate()).isEqualTo(LocalDate.of(2026, 2, 1));
            assertThat(c.getDescription()).contains("unit=CNY/t").contains("unit=CNY/kg");
        });
    }

    private static Product newProduct(String code) {
        return new Product(
                code,
                Element.CE,
                MaterialForm.OXIDE,
                new BigDecimal("99.5"),
                MarketBasis.CN_EXW,
                PriceCurrency.CNY,
                PriceUnit.T,
                0);
    }
}
