package app.neodesk.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.base.ValidationException;
import app.neodesk.catalog.Element;
import app.neodesk.catalog.MaterialForm;
import app.neodesk.catalog.PriceUnit;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import app.neodesk.quote.ImportProgress;
import app.neodesk.quote.ImportRow;
import app.neodesk.quote.QuoteDraft;
import app.neodesk.quote.QuoteImportService;
import app.neodesk.quote.QuoteService;
import app.neodesk.security.SystemAuthentication;
import app.neodesk.support.TestProducts;
import app.neodesk.team.AppUserRepository;
import app.neodesk.team.UserService;
import app.neodesk.token.ApiTokenService;
import app.neodesk.token.TestAs;
import app.neodesk.token.TokenScope;
import app.neodesk.token.TokenUsers;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

/**
 * The operator's side: public health probes that say only UP or DOWN, Prometheus metrics behind an
 * admin's token, and Neodesk's own meters counting what really happened.
 */
@NeodeskSpringTest
class OperationsEndpointsTest {

    static final String PRODUCT = "ops-metrics-nd";

    @Autowired
    WebApplicationContext context;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    MeterRegistry meters;

    @Autowired
    QuoteService quotes;

    @Autowired
    QuoteImportService imports;

    @Autowired
    ProductService products;

    @Autowired
    SourceService sources;

    MockMvc mvc;

    @BeforeEach
    void setUp(@Autowired UserService users, @Autowired AppUserRepository accounts) {
        TokenUsers.ensure(users, accounts);
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        SystemAuthentication.run(() -> {
            if (products.findByCode(PRODUCT).isEmpty()) {
                var p = TestProducts.chinaSpot(PRODUCT, Element.ND, MaterialForm.METAL, PriceUnit.T);
                products.create(p.withMainSource(
                        sources.findByCode("yangtze").orElseThrow().requireId()));
            }
        });
    }

    private String token(String user, String role) {
        return "Bearer "
                + TestAs.call(user, role, () -> tokens.create("ops " + UUID.randomUUID(), TokenScope.READ, null, null))
                        .token();
    }

    @Test
    void healthProbesArePublicAndSayOnlyUpOrDown() throws Exception {
        for (var probe : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            mvc.perform(get(probe))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("UP"))
                    .andExpect(jsonPath("$.components").doesNotExist())
                    .andExpect(jsonPath("$.details").doesNotExist())
                    .andExpect(header().doesNotExist("Set-Cookie"));
        }
    }

    @Test
    void readinessIncludesTheDatabaseAndLivenessDoesNot(@Autowired HealthEndpointGroups groups) {
        assertThat(groups.get("readiness").isMember("db")).isTrue();
        assertThat(groups.get("readiness").isMember("readinessState")).isTrue();
        assertThat(groups.get("liveness").isMember("db"))
                .as("a database outage must not restart the node")
                .isFalse();
    }

    @Test
    void prometheusNeedsAnAdminsToken() throws Exception {
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("application/problem+json")));
        mvc.perform(get("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, token(TokenUsers.VIEWER, "VIEWER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, token(TokenUsers.ANALYST, "ANALYST")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, token(TokenUsers.ADMIN, "ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("neodesk_quotes_written_total{how=\"entry\"}")))
                .andExpect(content().string(containsString("neodesk_imports_seconds_count{outcome=\"stored\"}")))
                .andExpect(content().string(containsString("neodesk_signin_failures_total")))
                .andExpect(content().string(containsString("neodesk_signin_blocks_total{by=\"address\"}")))
                .andExpect(content().string(containsString("neodesk_live_fanout_seconds")))
                .andExpect(content().string(containsString("neodesk_live_listeners")))
                .andExpect(content().string(containsString("neodesk_ui_open")))
                .andExpect(content().string(containsString("jvm_memory_used_bytes")))
                .andExpect(content().string(containsString("hikaricp_connections_active")))
                .andExpect(content().string(not(containsString("spring_security_filterchains"))))
                .andExpect(content().string(not(containsString("ndk_"))));
    }

    @Test
    void otherActuatorEndpointsAreNotExposed() throws Exception {
        for (var path : List.of("/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/configprops")) {
            mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, token(TokenUsers.ADMIN, "ADMIN")))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    // Commits for real: quotes and imports are counted after their commit.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void quotesWrittenCountsCommittedEntriesAndNotRefusedOnes() {
        double before = written("entry");
        long product = products.findByCode(PRODUCT).orElseThrow().getId();
        long yangtze = sources.findByCode("yangtze").orElseThrow().getId();
        quotes.enter(new QuoteDraft(
                product,
                yangtze,
                LocalDate.of(2021, 3, 1),
                new BigDecimal("700000"),
                new BigDecimal("710000"),
                null,
                null,
                false));
        assertThat(written("entry")).isEqualTo(before + 1);
        assertThatThrownBy(() -> quotes.enter(new QuoteDraft(
                        product,
                        yangtze,
                        LocalDate.of(2021, 3, 2),
                        new BigDecimal("720000"),
                        new BigDecimal("710000"),
                        null,
                        null,
                        false)))
                .isInstanceOf(ValidationException.class);
        assertThat(written("entry")).as("a refused quote counts nothing").isEqualTo(before + 1);
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    // Commits for real: quotes and imports are counted after their commit.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void importsAreTimedByOutcomeAndTheirRowsCounted() {
        double rowsBefore = written("import");
        long storedBefore =
                meters.get("neodesk.imports").tag("outcome", "stored").timer().count();
        var rows = List.of(
                new ImportRow(
                        2,
                        LocalDate.of(2020, 6, 1),
                        PRODUCT,
                        "yangtze",
                        new BigDecimal("600000"),
                        new BigDecimal("610000"),
                        null,
                        null),
                new ImportRow(
                        3,
                        LocalDate.of(2020, 6, 2),
                        PRODUCT,
                        "yangtze",
                        new BigDecimal("600000"),
                        new BigDecimal("610000"),
                        null,
                        null));
        var report = imports.importRows(rows, "ops-test", ImportProgress.NONE);
        assertThat(report.problems()).isEmpty();
        assertThat(meters.get("neodesk.imports")
                        .tag("outcome", "stored")
                        .timer()
                        .count())
                .isEqualTo(storedBefore + 1);
        assertThat(written("import")).isEqualTo(rowsBefore + 2);
    }

    @Test
    void aFailedSignInIsCounted(@Autowired List<AuthenticationProvider> providers) {
        double before = meters.get("neodesk.signin.failures").counter().count();
        var provider = providers.stream()
                .filter(p -> p.supports(UsernamePasswordAuthenticationToken.class))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> provider.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(TokenUsers.OTHER, "not the password")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(meters.get("neodesk.signin.failures").counter().count()).isEqualTo(before + 1);
    }

    private double written(String how) {
        return meters.get("neodesk.quotes.written").tag("how", how).counter().count();
    }
}
