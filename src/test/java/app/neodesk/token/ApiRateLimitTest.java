package app.neodesk.token;

import static app.neodesk.token.ApiChainSupport.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.team.AppUserRepository;
import app.neodesk.team.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.WebApplicationContext;

/**
 * Each token has its own per-minute budget; beyond it, 429 with Retry-After. This class has its own
 * context (the low limit), so it also carries test-only endpoints: one that needs the write scope,
 * for the 403 answer, and one that fails, for the 500.
 */
@NeodeskSpringTest
@TestPropertySource(properties = "neodesk.api.rate-limit-per-minute=3")
class ApiRateLimitTest {

    @Test
    void fourthRequestInAMinuteIs429WithRetryAfterAndOtherTokensAreUnaffected(
            @Autowired WebApplicationContext context,
            @Autowired UserService users,
            @Autowired AppUserRepository repository,
            @Autowired ApiTokenService service)
            throws Exception {
        TokenUsers.ensure(users, repository);
        var mvc = ApiChainSupport.mvc(context);
        var busy = TestAs.call(TokenUsers.VIEWER, "VIEWER", () -> service.create("busy", TokenScope.READ, null, null));
        var calm = TestAs.call(TokenUsers.VIEWER, "VIEWER", () -> service.create("calm", TokenScope.READ, null, null));
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(busy.token())))
                    .andExpect(status().isOk());
        }
        var limited = mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(busy.token())))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("application/problem+json")))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.detail").value(containsString("Rate limit")))
                .andReturn();
        var retryAfter = Long.parseLong(limited.getResponse().getHeader(HttpHeaders.RETRY_AFTER));
        assertThat(retryAfter).isBetween(1L, 60L);
        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(calm.token())))
                .andExpect(status().isOk());
    }

    /** Its member controller is registered with it (and kept out of every other test's scan). */
    @TestConfiguration
    static class WriteEndpoint {

        @RestController
        static class WriteOnly {
            @PreAuthorize("hasAuthority('SCOPE_write')")
            @PostMapping("/api/v1/test-write-only")
            String write() {
                return "written";
            }

            @GetMapping("/api/v1/test-failure")
            String fail() {
                throw new IllegalStateException("could not execute statement [select secret from api_token]");
            }
        }
    }

    @Test
    void readTokenOnAWriteEndpointIs403ProblemAndReadWriteTokenPasses(
            @Autowired WebApplicationContext context,
            @Autowired UserService users,
            @Autowired AppUserRepository repository,
            @Autowired ApiTokenService service)
            throws Exception {
        TokenUsers.ensure(users, repository);
        var mvc = ApiChainSupport.mvc(context);
        var read = TestAs.call(TokenUsers.ANALYST, "ANALYST", () -> service.create("r", TokenScope.READ, null, null));
        var write = TestAs.call(
                TokenUsers.ANALYST, "ANALYST", () -> service.create("rw", TokenScope.READ_WRITE, null, null));
        mvc.perform(post("/api/v1/test-write-only").header(HttpHeaders.AUTHORIZATION, bearer(read.token())))
                .andExpect(status().isForbidden())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("application/problem+json")))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.detail").value(containsString("scope")));
        mvc.perform(post("/api/v1/test-write-only").header(HttpHeaders.AUTHORIZATION, bearer(write.token())))
                .andExpect(status().isOk());
    }

    @Test
    void bucketsAreBoundedSoIdleTokensCannotGrowMemory() {
        var limiter = new RateLimiter(1);
        for (long id = 0; id < RateLimiter.MAX_BUCKETS + 500; id++) {
            limiter.tryAcquire(id);
        }
        assertThat(limiter.size()).isEqualTo(RateLimiter.MAX_BUCKETS);
    }

    @Test
    void anExceptionOutsideTheApiControllersIsA500ProblemWithoutItsText(
            @Autowired WebApplicationContext context,
            @Autowired UserService users,
            @Autowired AppUserRepository repository,
            @Autowired ApiTokenService service)
            throws Exception {
        TokenUsers.ensure(users, repository);
        var mvc = ApiChainSupport.mvc(context);
        var read = TestAs.call(TokenUsers.VIEWER, "VIEWER", () -> service.create("fails", TokenScope.READ, null, null));
        mvc.perform(get("/api/v1/test-failure").header(HttpHeaders.AUTHORIZATION, bearer(read.token())))
                .andExpect(status().isInternalServerError())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("application/problem+json")))
                .andExpect(jsonPath("$.detail").value(containsString("the error is logged")))
                .andExpect(content().string(not(containsString("select"))))
                .andExpect(content().string(not(containsString("IllegalState"))));
    }
}
