package app.neodesk.api;

import static app.neodesk.api.ApiMvc.readToken;
import static app.neodesk.api.ApiMvc.writeToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.catalog.ProductService;
import app.neodesk.catalog.SourceService;
import app.neodesk.driver.AsUser;
import app.neodesk.quote.QuoteRow;
import app.neodesk.quote.QuoteService;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * POST and PUT of quotes: roles and scopes, idempotency, conflicts, all-or-nothing batches, the
 * large-move confirmation, corrections with reason and version, and the body limits. Each test
 * uses its own dates of {@value ApiTestData#PR}.
 */
@NeodeskSpringTest
@ExtendWith(ApiTestData.class)
class ApiWriteTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    JsonMapper json;

    @Autowired
    QuoteService quotes;

    @Autowired
    ProductService products;

    @Autowired
    SourceService sources;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = ApiMvc.build(context);
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyst", "admin"})
    void analystsAndAdminsWithAWriteTokenEnterAQuote(String user) throws Exception {
        var date = user.equals("analyst") ? "2025-06-03" : "2025-06-04";
        mvc.perform(postQuotes(quote(date, 762_000), writeToken(user)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.changed").value(true))
                .andExpect(jsonPath("$.quote.mid").value(762000))
                .andExpect(jsonPath("$.quote.enteredBy").value(user));
        assertThat(stored(date)).isPresent();
    }

    @Test
    void viewerCannotPostQuotes() throws Exception {
        mvc.perform(postQuotes(quote("2025-06-05", 761_000), writeToken("trader")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("analyst or admin")));
        mvc.perform(postQuotes(quote("2025-06-05", 761_000), readToken("trader")))
                .andExpect(status().isForbidden());
        assertThat(stored("2025-06-05")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyst", "admin"})
    void readTokenCannotWrite(String user) throws Exception {
        mvc.perform(postQuotes(quote("2025-06-06", 761_000), readToken(user)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("This token is read-only")));
        var id = AsUser.call(
                "analyst",
                () -> quotes.find(prId(), yangtzeId(), LocalDate.of(2025, 6, 2))
                        .orElseThrow()
                        .id());
        mvc.perform(put("/api/v1/quotes/" + id)
                        .with(csrf())
                        .with(readToken(user))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"low\":750000,\"high\":760000,\"reason\":\"x\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("This token is read-only")));
        assertThat(stored("2025-06-06")).isEmpty();
    }

    @Test
    void theSameQuoteAgainIs200WithoutAChange() throws Exception {
        mvc.perform(postQuotes(quote("2025-06-09", 763_000), writeToken("analyst")))
                .andExpect(status().isCreated());
        var first = stored("2025-06-09").orElseThrow();
        mvc.perform(postQuotes(quote("2025-06-09", 763_000), writeToken("analyst")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changed").value(false))
                .andExpect(jsonPath("$.quote.id").value(first.id()))
                .andExpect(jsonPath("$.quote.version").value(first.version()));
        var again = stored("2025-06-09").orElseThrow();
        assertThat(again.version()).isEqualTo(first.version());
        assertThat(AsUser.call("analyst", () -> quotes.revisions(again.id()))).isEmpty();
    }

    @Test
    void otherValuesForAStoredDayAre409WithTheStoredQuote() throws Exception {
        mvc.perform(postQuotes(quote("2025-06-10", 764_000), writeToken("analyst")))
                .andExpect(status().isCreated());
        mvc.perform(postQuotes(quote("2025-06-10", 765_000), writeToken("admin")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.stored.mid").value(764000))
                .andExpect(jsonPath("$.stored.low").value(759000))
                .andExpect(jsonPath("$.detail").value(containsString("api-pr-metal/yangtze/2025-06-10")));
        assertThat(stored("2025-06-10").orElseThrow().mid()).isEqualByComparingTo("764000");
    }

    @Test
    // Commits for real: the refused write must roll back its own transaction, not join the test's.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aBatchWithOneBadQuoteStoresNothing() throws Exception {
        var batch = "[" + quote("2025-06-11", 765_000) + "," + quote("2025-06-12", 766_000) + ","
                + "{\"product\":\"api-pr-metal\",\"source\":\"yangtze\",\"date\":\"2025-06-13\",\"low\":770000,\"high\":760000}]";
        mvc.perform(postQuotes(batch, writeToken("analyst")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(containsString("[2]")))
                .andExpect(jsonPath("$.detail").value(containsString("Quote 3")));
        assertThat(stored("2025-06-11")).isEmpty();
        assertThat(stored("2025-06-12")).isEmpty();
        assertThat(stored("2025-06-13")).isEmpty();
    }

    @Test
    void aGoodBatchIsStoredWhole() throws Exception {
        var batch = "[" + quote("2025-06-16", 765_000) + "," + quote("2025-06-17", 766_000) + "]";
        mvc.perform(postQuotes(batch, writeToken("admin")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].quote.change").value(1000));
        assertThat(stored("2025-06-16")).isPresent();
        assertThat(stored("2025-06-17")).isPresent();
    }

    @Test
    // Commits for real: the refused write must roll back its own transaction, not join the test's.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aBatchOfConflictsStoresNothingEither() throws Exception {
        mvc.perform(postQuotes(quote("2025-06-18", 767_000), writeToken("analyst")))
                .andExpect(status().isCreated());
        var batch = "[" + quote("2025-06-19", 768_000) + "," + quote("2025-06-18", 769_000) + "]";
        mvc.perform(postQuotes(batch, writeToken("analyst")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.stored.date").value("2025-06-18"));
        assertThat(stored("2025-06-19")).isEmpty();
    }

    @Test
    void aLargeMoveNeedsConfirmation() throws Exception {
        mvc.perform(postQuotes(quote("2025-06-20", 700_000), writeToken("analyst")))
                .andExpect(status().isCreated());
        mvc.perform(postQuotes(quote("2025-06-23", 850_000), writeToken("analyst")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("mid"))
                .andExpect(jsonPath("$.detail").value(containsString("Confirm")));
        assertThat(stored("2025-06-23")).isEmpty();
        var confirmed = quote("2025-06-23", 850_000).replace("}", ",\"confirmLargeMove\":true}");
        mvc.perform(postQuotes(confirmed, writeToken("analyst")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.quote.changePercent").value(21.43));
    }

    @Test
    void aCorrectionNeedsAReasonAndTheCurrentVersion() throws Exception {
        mvc.perform(postQuotes(
                        quote("2025-06-24", 851_000).replace("}", ",\"confirmLargeMove\":true}"),
                        writeToken("analyst")))
                .andExpect(status().isCreated());
        var quote = stored("2025-06-24").orElseThrow();
        mvc.perform(correction(
                        quote.id(), "{\"version\":" + quote.version() + ",\"low\":840000,\"high\":850000}", "analyst"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("reason"));
        mvc.perform(correction(
                        quote.id(),
                        "{\"version\":" + quote.version()
                                + ",\"low\":840000,\"high\":850000,\"reason\":\"Yangtze revised its close\"}",
                        "admin"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mid").value(845000))
                .andExpect(jsonPath("$.corrected").value(true))
                .andExpect(jsonPath("$.version").value(quote.version() + 1));
        mvc.perform(correction(
                        quote.id(),
                        "{\"version\":" + quote.version() + ",\"low\":830000,\"high\":840000,\"reason\":\"stale\"}",
                        "analyst"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("changed by someone else")));
        mvc.perform(correction(
                        quote.id(),
                        "{\"version\":" + (quote.version() + 1)
                                + ",\"low\":830000,\"high\":840000,\"reason\":\"viewer\"}",
                        "trader"))
                .andExpect(status().isForbidden());
        assertThat(stored("2025-06-24").orElseThrow().mid()).isEqualByComparingTo("845000");
    }

    @Test
    void aMissingQuoteIs404OnCorrection() throws Exception {
        mvc.perform(correction(Long.MAX_VALUE, "{\"version\":0,\"low\":1,\"high\":2,\"reason\":\"x\"}", "analyst"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void moreThanAThousandQuotesOrOneMegabyteIs413() throws Exception {
        var many = new StringBuilder("[");
        for (int i = 0; i < 1001; i++) {
            many.append(i == 0 ? "" : ",").append(quote("2025-06-25", 770_000));
        }
        mvc.perform(postQuotes(many.append("]").toString(), writeToken("analyst")))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        var big = "{\"product\":\"api-pr-metal\",\"comment\":\"" + "x".repeat(1_100_000) + "\"}";
        mvc.perform(postQuotes(big, writeToken("analyst")))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.detail").value(containsString("1 MB")));
        assertThat(stored("2025-06-25")).isEmpty();
    }

    @Test
    void unreadableJsonIs400WithoutInternals() throws Exception {
        var body = mvc.perform(postQuotes("{\"product\": [unclosed", writeToken("analyst")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).doesNotContain("Exception").doesNotContain("jackson").doesNotContain("at [Source");
        mvc.perform(postQuotes(
                        "{\"product\":\"api-pr-metal\",\"source\":\"yangtze\",\"date\":\"2025-02-30\","
                                + "\"low\":1,\"high\":2}",
                        writeToken("analyst")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("date"));
        mvc.perform(postQuotes(
                        "{\"product\":\"api-pr-metal\",\"source\":\"yangtze\",\"date\":\"2025-06-26\","
                                + "\"low\":\"cheap\",\"high\":2}",
                        writeToken("analyst")))
                .andExpect(status().isBadRequest());
        mvc.perform(postQuotes(
                        "{\"source\":\"yangtze\",\"date\":\"2025-06-26\",\"low\":1,\"high\":2}", writeToken("analyst")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("product"));
    }

    private MockHttpServletRequestBuilder postQuotes(String body, RequestPostProcessor token) {
        return post("/api/v1/quotes")
                .with(csrf())
                .with(token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    private MockHttpServletRequestBuilder correction(long id, String body, String user) {
        return put("/api/v1/quotes/" + id)
                .with(csrf())
                .with(writeToken(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    private static String quote(String date, long mid) {
        return "{\"product\":\"api-pr-metal\",\"source\":\"yangtze\",\"date\":\"" + date + "\",\"low\":" + (mid - 5_000)
                + ",\"high\":" + (mid + 5_000) + ",\"comment\":\"Yangtze Pr metal\"}";
    }

    private Optional<QuoteRow> stored(String date) {
        return AsUser.call("analyst", () -> quotes.find(prId(), yangtzeId(), LocalDate.parse(date)));
    }

    private long prId() {
        return AsUser.call(
                "analyst",
                () -> products.findByCode(ApiTestData.PR).orElseThrow().getId());
    }

    private long yangtzeId() {
        return AsUser.call(
                "analyst", () -> sources.findByCode("yangtze").orElseThrow().getId());
    }
}
