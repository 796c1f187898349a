package app.neodesk;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.audit.AuditFilter;
import app.neodesk.audit.AuditService;
import app.neodesk.catalog.PriceCurrency;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.ProductData;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import app.neodesk.support.PostgresSpringTest;
import app.neodesk.team.AppUserRepository;
import app.neodesk.team.Role;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every Flyway migration runs on a real PostgreSQL, Hibernate validates every entity against the
 * result ({@code ddl-auto=validate}), and each entity makes a round trip through its service.
 */
@PostgresSpringTest
class PostgresMigrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AppUserRepository users;

    @Autowired
    ProductService products;

    @Autowired
    SourceService sources;

    @Autowired
    AuditService audit;

    @Test
    void migrationsRanOnPostgres() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        Integer failed =
                jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class);
        assertThat(failed).isZero();
        Integer applied =
                jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class);
        assertThat(applied).isPositive();
    }

    @Test
    void everyEntityCanBeQueried() {
        transactions.executeWithoutResult(tx -> entityManager
                .getMetamodel()
                .getEntities()
                .forEach(type -> assertThat(entityManager
                                .createQuery("select count(e) from " + type.getName() + " e", Long.class)
                                .getSingleResult())
                        .as(type.getName())
                        .isNotNull()));
    }

    @Test
    void usersWithRolesAndTeamsRoundTrip() {
        // Roles and teams are LAZY: read them in a transaction, as the services do.
        transactions.executeWithoutResult(status -> {
            var analyst = users.findByUsername("analyst").orElseThrow();
            assertThat(analyst.getRoles()).containsExactly(Role.ANALYST);
            assertThat(analyst.getTeams()).extracting(t -> t.getName()).containsExactly("Desk A");
            assertThat(analyst.getPasswordHash()).startsWith("$2");
        });
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void catalogAndAuditRoundTrip() {
        var dy = products.findByCode("dy-oxide-cn").orElseThrow();
        assertThat(dy.getUnit()).isEqualTo(PriceUnit.KG);
        assertThat(dy.getMinPurity()).isEqualByComparingTo("99.5");
        assertThat(dy.getMainSource()).isNotNull();
        assertThat(sources.findByCode("yangtze").orElseThrow().getName())
                .isEqualTo("Yangtze Nonferrous Metals Network");

        products.update(
                dy.requireId(),
                dy.getVersion(),
                ProductData.of(dy).withUnit(PriceCurrency.CNY, PriceUnit.T),
                LocalDate.of(2026, 2, 1));
        assertThat(products.specChanges(dy.getId()))
                .singleElement()
                .satisfies(c -> assertThat(c.getEffectiveDate()).isEqualTo(LocalDate.of(2026, 2, 1)));
        assertThat(audit.search(new AuditFilter("Product", "admin", "dy-oxide-cn", null, null), PageRequest.of(0, 5)))
                .isNotEmpty();
    }
}
