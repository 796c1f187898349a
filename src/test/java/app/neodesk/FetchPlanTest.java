package app.neodesk;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.catalog.ProductFilter;
import app.neodesk.catalog.ProductService;
import app.neodesk.driver.DriverFilter;
import app.neodesk.driver.DriverService;
import app.neodesk.security.SystemAuthentication;
import app.neodesk.team.UserService;
import app.neodesk.token.ApiTokenService;
import app.neodesk.token.TokenScope;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * How many SQL statements the reads behind the list views cost, measured with Hibernate's
 * statistics on the demo data: the figures behind the fetch plan in docs/ARCHITECTURE.md (which
 * associations are LAZY, which are fetched with their owner). A change that brings back a query
 * per row fails here.
 */
// Statistics count every thread's statements: the webhook poller waits an hour here.
@SpringBootTest(
        properties = {"spring.jpa.properties.hibernate.generate_statistics=true", "neodesk.webhooks.poll-interval=1h"})
@ActiveProfiles("test")
@Import(TestClockConfig.class)
@WithMockUser(username = "admin", roles = "ADMIN")
class FetchPlanTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    DriverService drivers;

    @Autowired
    UserService users;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    ProductService products;

    private Statistics statistics;

    @BeforeEach
    void statistics() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    }

    private <T> T counted(String what, Supplier<T> read) {
        read.get(); // warm: the catalog snapshot and the like load once per node, not per read
        statistics.clear();
        var result = read.get();
        System.out.println("FETCH PLAN " + what + ": " + statistics.getPrepareStatementCount() + " statements");
        return result;
    }

    private long statementCount() {
        return statistics.getPrepareStatementCount();
    }

    @Test
    void aPageOfDriversCostsAFewStatementsNotOnePerRow() {
        var page = counted("drivers page", () -> drivers.search(DriverFilter.all(), PageRequest.of(0, 50)));
        assertThat(page.getContent()).hasSizeGreaterThan(5);
        // the page (the reader's teams are matched inside it), then one batch each: authors, teams, tags,
        // products
        assertThat(statementCount()).isLessThanOrEqualTo(5);
    }

    @Test
    void theDashboardsLatestDriversAreOneStatement() {
        var latest = counted("latest drivers", () -> drivers.latestVisible(8));
        assertThat(latest).hasSize(8);
        assertThat(statementCount()).isOne();
    }

    @Test
    void aPageOfUsersCostsAFewStatementsNotOnePerRow() {
        var page = counted("users page", () -> users.search(null, PageRequest.of(0, 50)));
        assertThat(page.getContent()).hasSizeGreaterThan(3);
        // the page, then one batch each: roles, teams (9 when they were EAGER)
        assertThat(statementCount()).isLessThanOrEqualTo(3);
    }

    @Test
    void theTokenListCostsAFewStatementsNotOnePerOwner() {
        for (var user : new String[] {"analyst", "trader", "trader2"}) {
            SystemAuthentication.runAs(user, () -> tokens.create("fetch plan " + user, TokenScope.READ, null, null));
        }
        var all = counted("tokens", () -> tokens.all());
        assertThat(all).hasSizeGreaterThanOrEqualTo(3);
        // tokens joined with their owners (4 when the owner was EAGER with its roles and teams)
        assertThat(statementCount()).isLessThanOrEqualTo(1);
    }

    @Test
    void aPageOfProductsCostsAFewStatementsNotOnePerRow() {
        var page = counted("products page", () -> products.search(ProductFilter.all(), PageRequest.of(0, 50)));
        assertThat(page.getContent()).hasSizeGreaterThan(5);
        // the page, then the main sources in one batch
        assertThat(statementCount()).isLessThanOrEqualTo(2);
    }
}
