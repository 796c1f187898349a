package app.neodesk.api;

import static app.neodesk.api.ApiMvc.readToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.neodesk.NeodeskSpringTest;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/** The read endpoints for every role, JSON numbers, keyset paging, CSV of every row and driver visibility. */
@NeodeskSpringTest
@ExtendWith(ApiTestData.class)
class ApiReadTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    JsonMapper json;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = ApiMvc.build(context);
    }

    @ParameterizedTest
    @ValueSource(strings = {"trader", "analyst", "admin"})
    void everyRoleReadsProductsAndSources(String user) throws Exception {
        mvc.perform(get("/api/v1/products").with(readToken(user)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'api-nd-metal')].unit").value(hasItem("CNY/t")))
                .andExpect(jsonPath("$[?(@.code == 'api-nd-metal')].scale").value(hasItem(0)));
        mvc.perform(get("/api/v1/sources").with(readToken(user)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code").value(hasItem("yangtze")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"trader", "analyst", "admin"})
    void everyRoleReadsQuotesWithNumbersAndTheUnchangedDayAsZero(String user) throws Exception {
        var body = mvc.perform(get("/api/v1/quotes")
                        .param("product", ApiTestData.ND)
                        .param("limit", "2")
                        .with(readToken(user)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.quotes[0].date").value("2025-12-31"))
                .andExpect(jsonPath("$.quotes[0].mid").value(1085000))
                .andExpect(jsonPath("$.quotes[0].change").value(0))
                .andExpect(jsonPath("$.quotes[0].changePercent").value(0.0))
                .andExpect(jsonPath("$.quotes[0].previousDate").value("2025-12-30"))
                .andExpect(jsonPath("$.quotes[0].unit").value("CNY/t"))
                .andExpect(jsonPath("$.quotes[0].currency").value("CNY"))
                .andExpect(jsonPath("$.quotes[1].change").value(6000))
                .andExpect(jsonPath("$.next").isString())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).contains("\"mid\":1085000,").contains("\"low\":1080000,");
    }

    @Test
    void theFirstQuoteAfterAGapOfYearsNamesThePreviousDate() throws Exception {
        mvc.perform(get("/api/v1/quotes")
                        .param("product", ApiTestData.ND)
                        .param("from", "2019-01-01")
                        .param("to", "2025-07-01")
                        .with(readToken("trader")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.quotes.length()").value(2))
                .andExpect(jsonPath("$.quotes[0].previousDate").value("2019-06-03"))
                .andExpect(jsonPath("$.quotes[0].changePercent").value(9.09))
                .andExpect(jsonPath("$.quotes[1].change").doesNotExist())
                .andExpect(jsonPath("$.next").doesNotExist());
    }

    @Test
    void keysetPagesReturnEveryQuoteOnceNewestFirst() throws Exception {
        var seen = new HashSet<Long>();
        String cursor = null;
        String lastDate = "9999-12-31";
        int pages = 0;
        do {
            var request = get("/api/v1/quotes")
                    .param("product", ApiTestData.ND)
                    .param("limit", "50")
                    .with(readToken("trader"));
            if (cursor != null) {
                request.param("cursor", cursor);
            }
            var page = json.readTree(mvc.perform(request)
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            for (var q : page.get("quotes")) {
                assertThat(seen.add(q.get("id").asLong())).isTrue();
                assertThat(q.get("date").asString()).isLessThanOrEqualTo(lastDate);
                lastDate = q.get("date").asString();
            }
            cursor = page.get("next").isNull() ? null : page.get("next").asString();
            pages++;
        } while (cursor != null);
        assertThat(seen).hasSize(ApiTestData.ND_QUOTES);
        assertThat(pages).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"trader", "analyst", "admin"})
    void csvStreamsEveryMatchingRowNotOnePage(String user) throws Exception {
        var response = mvc.perform(get("/api/v1/quotes")
                        .param("product", ApiTestData.ND)
                        .param("format", "csv")
                        .with(readToken(user)))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                HttpHeaders.CONTENT_DISPOSITION, Matchers.startsWith("attachment; filename=\"quotes-")))
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        var text = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFdate,product,source,low,high,mid,unit,currency,change,change_pct");
        var lines = text.split("\r\n");
        assertThat(lines).hasSize(1 + ApiTestData.ND_QUOTES);
        assertThat(lines[1]).startsWith("2025-12-31,api-nd-metal,yangtze,1080000,1090000,1085000,CNY/t,CNY,0,0.00,");
        assertThat(text).doesNotContain(",=HYPERLINK").contains("'=HYPERLINK");
    }

    @Test
    void acceptTextCsvAsksForCsvToo() throws Exception {
        var response = mvc.perform(get("/api/v1/quotes")
                        .param("product", ApiTestData.ND)
                        .header(HttpHeaders.ACCEPT, "text/csv")
                        .with(readToken("trader")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8).split("\r\n"))
                .hasSize(1 + ApiTestData.ND_QUOTES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"trader", "analyst", "admin"})
    void everyRoleReadsTheLatestQuotes(String user) throws Exception {
        mvc.perform(get("/api/v1/quotes/latest")
                        .param("product", ApiTestData.ND + "," + ApiTestData.PR)
                        .with(readToken(user)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.product == 'api-nd-metal')].date").value(hasItem("2025-12-31")))
                .andExpect(jsonPath("$[?(@.product == 'api-nd-metal')].mid").value(hasItem(1085000)))
                .andExpect(jsonPath("$[?(@.product == 'api-pr-metal')].source").value(hasItem("yangtze")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"trader", "analyst", "admin"})
    void everyRoleReadsTheSeriesColumnWise(String user) throws Exception {
        mvc.perform(get("/api/v1/series")
                        .param("products", ApiTestData.ND)
                        .param("from", "2025-12-30")
                        .param("to", "2025-12-31")
                        .with(readToken(user)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.series[0].dates[0]").value("2025-12-30"))
                .andExpect(jsonPath("$.series[0].mid[1]").value(1085000))
                .andExpect(jsonPath("$.series[0].low[0]").value(1080000))
                .andExpect(jsonPath("$.series[0].high[0]").value(1090000));
        mvc.perform(get("/api/v1/series")
                        .param("products", ApiTestData.ND)
                        .param("from", "2025-12-30")
                        .param("basis", "rebased")
                        .with(readToken(user)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.basis").value("rebased"))
                .andExpect(jsonPath("$.series[0].mid[0]").value(100.0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"trader", "analyst", "admin"})
    void everyRoleListsTheDriversItMaySee(String user) throws Exception {
        mvc.perform(get("/api/v1/drivers").param("product", ApiTestData.ND).with(readToken(user)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.drivers[*].title").value(hasItem(ApiTestData.EVERYONE_TITLE)));
    }

    @Test
    void aTeamDriverIsListedForItsTeamAndHiddenFromAnotherTeam() throws Exception {
        mvc.perform(get("/api/v1/drivers").param("product", ApiTestData.ND).with(readToken("trader")))
                .andExpect(jsonPath("$.drivers[*].title").value(hasItem(ApiTestData.TEAM_TITLE)));
        mvc.perform(get("/api/v1/drivers").param("product", ApiTestData.ND).with(readToken("trader2")))
                .andExpect(jsonPath("$.drivers[*].title").value(not(hasItem(ApiTestData.TEAM_TITLE))));
        mvc.perform(get("/api/v1/drivers")
                        .param("product", ApiTestData.ND)
                        .param("category", "supply")
                        .with(readToken("trader2")))
                .andExpect(jsonPath("$.drivers.length()").value(0));
    }

    @Test
    void aHiddenDriverIs404LikeAMissingOne() throws Exception {
        long id = teamDriverId();
        mvc.perform(get("/api/v1/drivers/" + id).with(readToken("trader")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(ApiTestData.TEAM_TITLE))
                .andExpect(jsonPath("$.visibility").value("team"));
        var hidden = mvc.perform(get("/api/v1/drivers/" + id).with(readToken("trader2")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var missing = mvc.perform(get("/api/v1/drivers/" + Long.MAX_VALUE).with(readToken("trader2")))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(hidden.replace("/" + id, "")).isEqualTo(missing.replace("/" + Long.MAX_VALUE, ""));
    }

    @Test
    void driversCsvStreamsEveryVisibleDriver() throws Exception {
        var text = mvc.perform(get("/api/v1/drivers")
                        .param("product", ApiTestData.ND)
                        .param("format", "csv")
                        .with(readToken("trader2")))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, Matchers.containsString("drivers-")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("\uFEFFid,date")
                .contains(ApiTestData.EVERYONE_TITLE)
                .doesNotContain(ApiTestData.TEAM_TITLE);
    }

    private long teamDriverId() throws Exception {
        var page = json.readTree(mvc.perform(get("/api/v1/drivers")
                        .param("product", ApiTestData.ND)
                        .param("category", "supply")
                        .with(readToken("analyst")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        for (var d : page.get("drivers")) {
            if (ApiTestData.TEAM_TITLE.equals(d.get("title").asString())) {
                return d.get("id").asLong();
            }
        }
        throw new AssertionError("team driver not found");
    }
}
