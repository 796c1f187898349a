package app.neodesk.api;

import static app.neodesk.api.ApiMvc.readToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.neodesk.NeodeskSpringTest;
import java.util.ArrayList;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI document lists every endpoint, and only /api/v1, each with a summary and an example. */
@NeodeskSpringTest
class ApiDocsTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    JsonMapper json;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = ApiMvc.build(context);
    }

    @Test
    void openApiDocumentListsEveryEndpointWithASummaryAndAnExample() throws Exception {
        var text = mvc.perform(get("/api/v1/openapi.json").with(readToken("trader")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var doc = json.readTree(text);
        assertThat(doc.get("openapi").asString()).startsWith("3.");
        var paths = new ArrayList<String>();
        doc.get("paths").propertyNames().forEach(paths::add);
        assertThat(paths)
                .contains(
                        "/api/v1/products",
                        "/api/v1/sources",
                        "/api/v1/quotes",
                        "/api/v1/quotes/latest",
                        "/api/v1/quotes/{id}",
                        "/api/v1/series",
                        "/api/v1/drivers",
                        "/api/v1/drivers/{id}");
        assertThat(paths).allMatch(p -> p.startsWith("/api/v1/"));
        for (var path : paths) {
            for (var operation : doc.get("paths").get(path)) {
                assertThat(operation.path("summary").asString("")).as(path).isNotBlank();
                assertThat(operation.toString()).as(path + " has an example").contains("\"example");
            }
        }
        assertThat(doc.path("components")
                        .path("securitySchemes")
                        .path("token")
                        .path("scheme")
                        .asString())
                .isEqualTo("bearer");
    }

    @Test
    void swaggerUiAndItsAssetsAreServedUnderTheDocsPath() throws Exception {
        var location = "/api/v1/docs";
        var response =
                mvc.perform(get(location).with(readToken("trader"))).andReturn().getResponse();
        for (int hops = 0; response.getStatus() >= 300 && response.getStatus() < 400 && hops < 5; hops++) {
            location = Objects.requireNonNull(response.getRedirectedUrl());
            assertThat(location).as("redirect").startsWith("/api/v1/docs/");
            response = mvc.perform(get(location).with(readToken("trader")))
                    .andReturn()
                    .getResponse();
        }
        assertThat(response.getStatus()).as(location).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("swagger-ui");
        var initializer = mvc.perform(
                        get("/api/v1/docs/swagger-ui/swagger-initializer.js").with(readToken("trader")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(initializer).contains("/api/v1/openapi.json").doesNotContain("petstore");
        mvc.perform(get("/api/v1/docs/swagger-ui/swagger-ui-bundle.js").with(readToken("trader")))
                .andExpect(status().isOk());
    }
}
