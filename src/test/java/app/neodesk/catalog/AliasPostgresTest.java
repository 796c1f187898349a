package app.neodesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.base.ValidationException;
import app.neodesk.support.PostgresSpringTest;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Aliases on PostgreSQL: the lookups (normalised codes, the one-query index) and the unique key race. */
@PostgresSpringTest
class AliasPostgresTest {

    @Autowired
    ProductService products;

    @Autowired
    SourceService sources;

    @Autowired
    DataSource dataSource;

    @Test
    @WithMockUser(roles = "VIEWER")
    void demoNamesResolveByCodeAndAlias() {
        assertThat(products.resolve("Pr-Nd oxide")).map(Product::getCode).contains("prnd-oxide-cn");
        assertThat(products.resolve("ND METAL CN")).map(Product::getCode).contains("nd-metal-cn");
        assertThat(sources.resolve("生意社")).map(Source::getCode).contains("sunsirs");
        var text = "据上海有色网（SMM）报道，氧化镨钕上涨";
        assertThat(sources.aliasIndex().findAll(text))
                .extracting(m -> m.item().getCode() + "=" + m.in(text))
                .containsExactly("smm=上海有色网", "smm=SMM");
        assertThat(products.aliasIndex().resolve("tb-oxide-cn")).isPresent();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aClashIsRefusedByName() {
        var product = products.create(AliasServiceTest.newProduct("ho-oxide-pg"));
        assertThatThrownBy(() -> products.setAliases(product.getId(), List.of("氧化钬", "Nd oxide")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'Nd oxide' is already an alias of nd-oxide-cn");
        assertThat(products.setAliases(product.getId(), List.of("氧化钬"))).containsExactly("氧化钬");
    }

    @Test
    // Commits for real: another admin commits an alias on a second connection while this save waits.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void anAliasCommittedByAnotherAdminAfterTheCheckBecomesTheSameClearMessage() throws Exception {
        AliasRaces.otherAdminCommitsWhileMySaveWaits(products, dataSource, "y-oxide-pg", true);
    }
}
