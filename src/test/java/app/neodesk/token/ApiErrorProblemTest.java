package app.neodesk.token;

import static app.neodesk.token.ApiChainSupport.bearer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.team.AppUserRepository;
import app.neodesk.team.UserService;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * Errors that no API controller answers (an unknown path, a method or media type an endpoint does
 * not take) are problem details too, with a real token through the whole filter chain, and an
 * unknown path is never handed to Vaadin.
 */
@NeodeskSpringTest
class ApiErrorProblemTest {

    @Autowired
    ApiTokenService service;

    MockMvc mvc;
    String token;

    @BeforeEach
    void setUp(
            @Autowired WebApplicationContext context,
            @Autowired UserService users,
            @Autowired AppUserRepository repository) {
        TokenUsers.ensure(users, repository);
        mvc = ApiChainSupport.mvc(context);
        token = TestAs.call(
                        TokenUsers.ANALYST,
                        "ANALYST",
                        () -> service.create("errors " + UUID.randomUUID(), TokenScope.READ_WRITE, null, null))
                .token();
    }

    private ResultActions send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, bearer(token)));
    }

    private static void isProblem(ResultActions result, int status, String detail) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("application/problem+json")))
                .andExpect(forwardedUrl(null))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.detail").value(containsString(detail)))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void unknownApiPathIsA404ProblemNotAVaadinPage() throws Exception {
        isProblem(send(get("/api/v1/prices")), 404, "No API endpoint at /api/v1/prices");
        isProblem(send(get("/api/v2/quotes")), 404, "see /api/v1/docs");
        isProblem(send(get("/api/v1/quotes/latest/extra")), 404, "No API endpoint");
    }

    @Test
    void unknownApiPathWithoutATokenIs401SoPathsAreNotProbed() throws Exception {
        mvc.perform(get("/api/v1/prices"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("application/problem+json")));
    }

    @Test
    void wrongMethodIsA405Problem() throws Exception {
        isProblem(send(delete("/api/v1/quotes")), 405, "/api/v1/quotes does not take DELETE");
        isProblem(
                send(post("/api/v1/products")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")),
                405,
                "does not take POST");
    }

    @Test
    void bodyThatIsNotJsonIsA415Problem() throws Exception {
        isProblem(
                send(post("/api/v1/quotes").contentType(MediaType.TEXT_PLAIN).content("nd-metal-cn 640000")),
                415,
                "as application/json");
        isProblem(
                send(post("/api/v1/quotes").contentType("application/xml").content("<quote/>")),
                415,
                "as application/json");
    }

    @Test
    void unacceptableResponseTypeIsA406Problem() throws Exception {
        isProblem(send(get("/api/v1/products").accept(MediaType.APPLICATION_XML)), 406, "application/json");
    }
}
