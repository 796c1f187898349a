package app.neodesk.token;

import static app.neodesk.token.ApiChainSupport.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.neodesk.MutableClock;
import app.neodesk.NeodeskSpringTest;
import app.neodesk.security.SystemAuthentication;
import app.neodesk.team.AppUserRepository;
import app.neodesk.team.UserData;
import app.neodesk.team.UserService;
import jakarta.servlet.Filter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

/** The /api/** chain: a valid token signs in; every other request to a protected path is a 401 problem. */
@NeodeskSpringTest
class ApiSecurityChainTest {

    @Autowired
    ApiTokenService service;

    @Autowired
    ApiTokenRepository repository;

    @Autowired
    AppUserRepository users;

    @Autowired
    UserService userService;

    @Autowired
    MutableClock clock;

    @Autowired
    TokenAuthenticator authenticator;

    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter securityFilterChain;

    MockMvc mvc;

    @BeforeEach
    void setUp(@Autowired WebApplicationContext context, @Autowired UserService userService) {
        TokenUsers.ensure(userService, users);
        mvc = ApiChainSupport.mvc(context);
    }

    private CreatedToken token(String user, String role, TokenScope scope) {
        return TestAs.call(user, role, () -> service.create("chain " + UUID.randomUUID(), scope, null, null));
    }

    private ResultActions me(String authorization) throws Exception {
        return mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, authorization));
    }

    private static void isUnauthorizedProblem(ResultActions result, String detail) throws Exception {
        result.andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("application/problem+json")))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Bearer")))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(containsString(detail)))
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void validReadWriteTokenSignsInAsTheOwnerWithRoleAndScopes() throws Exception {
        var created = token(TokenUsers.ANALYST, "ANALYST", TokenScope.READ_WRITE);
        me(bearer(created.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(TokenUsers.ANALYST))
                .andExpect(jsonPath("$.roles[0]").value("ANALYST"))
                .andExpect(jsonPath("$.scope").value("read write"))
                .andExpect(jsonPath("$.tokenName").value(created.info().name()))
                .andExpect(
                        jsonPath("$.expiresOn").value(created.info().expiresOn().toString()))
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void readTokenOfAViewerCarriesOnlyTheReadScope() throws Exception {
        var created = token(TokenUsers.VIEWER, "VIEWER", TokenScope.READ);
        var accepted = (TokenCheck.Accepted) authenticator.authenticate(created.token());
        assertThat(new ApiTokenAuthentication(accepted.principal()).getAuthorities())
                .extracting(a -> a.getAuthority())
                .containsExactlyInAnyOrder("ROLE_VIEWER", "SCOPE_read");
        me(bearer(created.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scope").value("read"));
    }

    @Test
    void missingTokenIs401() throws Exception {
        isUnauthorizedProblem(mvc.perform(get("/api/v1/me")), "Missing bearer token");
    }

    @Test
    void malformedTokenIs401() throws Exception {
        isUnauthorizedProblem(me("Bearer not-a-token"), "Malformed");
        isUnauthorizedProblem(me("Basic dHJhZGVyOmRlbW8="), "must be");
    }

    @Test
    void unknownTokenIs401WithoutSayingWhetherItExists() throws Exception {
        isUnauthorizedProblem(me(bearer("ndk_" + "A".repeat(43))), "The token is not valid.");
    }

    @Test
    void expiredTokenIs401() throws Exception {
        var created = TestAs.call(
                TokenUsers.VIEWER,
                "VIEWER",
                () -> service.create("expiring " + UUID.randomUUID(), TokenScope.READ, LocalDate.now(clock), null));
        me(bearer(created.token())).andExpect(status().isOk());
        var start = clock.instant();
        try {
            clock.advance(Duration.ofDays(2));
            isUnauthorizedProblem(
                    me(bearer(created.token())),
                    "expired at the end of " + created.info().expiresOn());
        } finally {
            clock.set(start);
        }
    }

    @Test
    void revokedTokenIs401() throws Exception {
        var created = token(TokenUsers.VIEWER, "VIEWER", TokenScope.READ);
        TestAs.run(
                TokenUsers.VIEWER,
                "VIEWER",
                () -> service.revokeMine(created.info().id()));
        isUnauthorizedProblem(me(bearer(created.token())), "revoked");
    }

    @Test
    void tokenOfADisabledAccountIs401() throws Exception {
        var created = token(TokenUsers.DISABLED, "ANALYST", TokenScope.READ);
        setEnabled(TokenUsers.DISABLED, false);
        try {
            isUnauthorizedProblem(me(bearer(created.token())), "disabled");
        } finally {
            setEnabled(TokenUsers.DISABLED, true);
        }
    }

    @Test
    void signedInSessionWithoutTokenIs401() throws Exception {
        var session = new MockHttpSession();
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                        "trader", null, List.of(new SimpleGrantedAuthority("ROLE_VIEWER")))));
        isUnauthorizedProblem(mvc.perform(get("/api/v1/me").session(session)), "Missing bearer token");
    }

    /** Straight through the filter chain: the document is served by springdoc, which is not part of this test. */
    @Test
    void openApiDocumentAndPageNeedNoTokenEvenWithABadOne() throws Exception {
        assertPassesSecurity("/api/v1/openapi.json", null);
        assertPassesSecurity("/api/v1/docs/index.html", "Bearer junk");
        var request = new MockHttpServletRequest("GET", "/api/v1/me");
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        securityFilterChain.doFilter(request, response, chain);
        assertThat(chain.getRequest()).as("stopped by security").isNull();
        assertThat(response.getStatus()).isEqualTo(401);
    }

    private void assertPassesSecurity(String path, @Nullable String authorization) throws Exception {
        var request = new MockHttpServletRequest("GET", path);
        if (authorization != null) {
            request.addHeader(HttpHeaders.AUTHORIZATION, authorization);
        }
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        securityFilterChain.doFilter(request, response, chain);
        assertThat(chain.getRequest()).as(path + " passes the security chain").isNotNull();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
    }

    @Test
    void pagesOutsideTheApiStayWithTheSignInChain() throws Exception {
        mvc.perform(get("/history"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("/login")));
    }

    @Test
    // Commits for real: each request reads the token afresh after the last-use update, not the test's loaded entity.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void lastUseIsRecordedAtMostOnceAMinute() throws Exception {
        var created = token(TokenUsers.VIEWER, "VIEWER", TokenScope.READ);
        var start = clock.instant();
        try {
            me(bearer(created.token())).andExpect(status().isOk());
            var first = repository.findById(created.info().id()).orElseThrow().getLastUsedAt();
            assertThat(first).isEqualTo(start);
            clock.advance(Duration.ofSeconds(30));
            me(bearer(created.token())).andExpect(status().isOk());
            assertThat(repository.findById(created.info().id()).orElseThrow().getLastUsedAt())
                    .isEqualTo(first);
            clock.advance(Duration.ofSeconds(61));
            me(bearer(created.token())).andExpect(status().isOk());
            assertThat(repository.findById(created.info().id()).orElseThrow().getLastUsedAt())
                    .isEqualTo(clock.instant());
        } finally {
            clock.set(start);
        }
    }

    private void setEnabled(String username, boolean enabled) {
        SystemAuthentication.run(() -> {
            var user =
                    userService.get(users.findByUsername(username).orElseThrow().requireId());
            userService.update(
                    user.requireId(), user.getVersion(), UserData.of(user).withEnabled(enabled));
        });
    }
}
