package app.neodesk.api;

import static app.neodesk.api.ApiMvc.readToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.neodesk.NeodeskSpringTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.UriComponentsBuilder;

/** Bad, hostile and out-of-range parameters are a 400 problem naming the parameter, never a stack trace or SQL. */
@NeodeskSpringTest
@ExtendWith(ApiTestData.class)
class ApiFuzzTest {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = ApiMvc.build(context);
    }

    @ParameterizedTest(name = "{0} {1}={2}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "/api/v1/quotes | from | 2025-13-45",
                "/api/v1/quotes | from | yesterday",
                "/api/v1/quotes | to | 31/12/2025",
                "/api/v1/quotes | from | 2026-01-01' OR '1'='1",
                "/api/v1/quotes | limit | -1",
                "/api/v1/quotes | limit | 0",
                "/api/v1/quotes | limit | 501",
                "/api/v1/quotes | limit | 99999999999999999999",
                "/api/v1/quotes | limit | ten",
                "/api/v1/quotes | cursor | garbage!!",
                "/api/v1/quotes | cursor | " + "MjAyNS0xMi0zMX4xOyBEUk9QIFRBQkxFIHF1b3RlOw",
                "/api/v1/quotes | product | no-such-product",
                "/api/v1/quotes | product | nd-metal-cn' OR 1=1--",
                "/api/v1/quotes | source | '; DROP TABLE quote;--",
                "/api/v1/quotes | format | xml",
                "/api/v1/quotes/latest | product | <script>alert(1)</script>",
                "/api/v1/quotes/latest | source | unknown-source",
                "/api/v1/series | products | ",
                "/api/v1/series | products | 1 UNION SELECT password FROM app_user",
                "/api/v1/drivers | category | rumour",
                "/api/v1/drivers | from | 2025-02-30",
                "/api/v1/drivers | cursor | -5",
                "/api/v1/drivers | limit | 100000",
                "/api/v1/drivers | product | ../../etc/passwd",
            })
    void badParametersAre400ProblemsNamingTheParameter(String path, String parameter, String value) throws Exception {
        var uri = UriComponentsBuilder.fromPath(path)
                .queryParam(parameter, value == null ? "" : value)
                .encode(StandardCharsets.UTF_8)
                .build()
                .toUri();
        var body = mvc.perform(get(uri).with(readToken("trader")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").isString())
                .andExpect(jsonPath("$.parameter").value(parameter))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body)
                .doesNotContainIgnoringCase("exception")
                .doesNotContain("at app.")
                .doesNotContain("org.")
                .doesNotContainIgnoringCase("select ")
                .doesNotContain("java.");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"2025-12-31 | 2025-01-01", "2025-06-01 | 2025-05-31"})
    void fromAfterToIs400(String from, String to) throws Exception {
        mvc.perform(get("/api/v1/quotes").param("from", from).param("to", to).with(readToken("trader")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("from"));
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/drivers/abc", "/api/v1/drivers/1e99", "/api/v1/drivers/-"})
    void aPathIdThatIsNoNumberIs400(String path) throws Exception {
        var body = mvc.perform(get(path).with(readToken("trader")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).doesNotContainIgnoringCase("exception").doesNotContain("java.");
    }

    @ParameterizedTest
    @CsvSource({"2025-12-31~x", "not-a-date~5", "2025-12-31"})
    void aForgedCursorIs400(String text) throws Exception {
        var cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
        mvc.perform(get("/api/v1/quotes").param("cursor", cursor).with(readToken("trader")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("cursor"));
    }
}
