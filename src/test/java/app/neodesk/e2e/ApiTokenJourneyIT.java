package app.neodesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.support.Browser;
import app.neodesk.support.NeodeskServer;
import app.neodesk.support.RequiresBrowser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data-out journey with a real token against the running production jar: an analyst creates a
 * "read write" token on /account/tokens (shown once), uses it with plain HTTP to enter and read a
 * quote, sees the quote in /history, finds that the browser's session cookie does not open the
 * API, and revokes the token; a trader's "read" token reads but may not write. The quote is
 * tb-oxide-cn / sunsirs / 2019-03-14, which no other browser test writes or reads. The tests run
 * in order on one analyst session and one token; each one that needs the token or the quote makes
 * it if an earlier one did not, so a single test can also run alone.
 */
@RequiresBrowser
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiTokenJourneyIT {

    static final String PRODUCT = "tb-oxide-cn";
    static final String SOURCE = "sunsirs";
    static final String DATE = "2019-03-14";
    static final String QUOTE = "{\"product\":\"" + PRODUCT + "\",\"source\":\"" + SOURCE + "\",\"date\":\"" + DATE
            + "\",\"low\":6000,\"high\":6100,\"comment\":\"via the Excel link\"}";
    static final String HISTORY =
            "/api/v1/quotes?product=" + PRODUCT + "&source=" + SOURCE + "&from=" + DATE + "&to=" + DATE;
    static final String TOKEN_NAME = "Excel link";

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private Browser analyst;
    private String token;

    @BeforeAll
    void signInAnalyst() {
        analyst = new Browser(baseUrl());
        analyst.signIn("analyst", "demo");
    }

    @AfterAll
    void closeBrowser() {
        if (analyst != null) {
            analyst.close();
        }
    }

    @Test
    @Order(1)
    void newTokenIsShownOnceAndTheListShowsOnlyItsPrefix() {
        token = TokenUi.create(analyst, TOKEN_NAME, "read write");

        var prefix = token.substring(0, 8) + "…";
        analyst.waitUntil(d -> analyst.gridTexts().contains(prefix));
        assertThat(analyst.gridTexts())
                .as("the list names the token with its prefix, scope and status")
                .contains(TOKEN_NAME, prefix, "read write", "Active");
        assertThat(analyst.driver().getPageSource())
                .as("the page after the dialog closed")
                .doesNotContain(token)
                .contains(token.substring(0, 8));
        assertThat(TokenUi.pageHolds(analyst, token))
                .as("the whole token anywhere in the page, inputs and shadow roots")
                .isFalse();
    }

    @Test
    @Order(2)
    void meNamesTheAnalystTheTokenActsFor() throws Exception {
        var response = get("/api/v1/me", token());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contentType(response)).startsWith("application/json");
        var me = json.readTree(response.body());
        assertThat(me.get("username").asString()).isEqualTo("analyst");
        assertThat(me.get("roles").toString()).isEqualTo("[\"ANALYST\"]");
        assertThat(me.get("scope").asString()).isEqualTo("read write");
        assertThat(me.get("tokenName").asString()).isEqualTo(TOKEN_NAME);
    }

    @Test
    @Order(3)
    void postedQuoteIsStoredOnceAndOtherPricesForItsKeyAre409() throws Exception {
        var first = post(QUOTE, token());
        assertThat(first.statusCode()).as("first POST: " + first.body()).isEqualTo(201);
        var entered = json.readTree(first.body());
        assertThat(entered.get("changed").asBoolean()).isTrue();
        assertThat(entered.get("quote").get("mid").decimalValue()).isEqualByComparingTo("6050");
        assertThat(entered.get("quote").get("enteredBy").asString()).isEqualTo("analyst");

        var again = post(QUOTE, token());
        assertThat(again.statusCode())
                .as("the same quote again: " + again.body())
                .isEqualTo(200);
        assertThat(json.readTree(again.body()).get("changed").asBoolean()).isFalse();
        assertThat(json.readTree(again.body()).get("quote").get("id").asLong())
                .isEqualTo(entered.get("quote").get("id").asLong());

        var other = post(QUOTE.replace("\"high\":6100", "\"high\":6200"), token());
        assertThat(other.statusCode())
                .as("other prices, same key: " + other.body())
                .isEqualTo(409);
        assertThat(contentType(other)).startsWith("application/problem+json");
        var problem = json.readTree(other.body());
        assertThat(problem.get("detail").asString()).contains(PRODUCT + "/" + SOURCE + "/" + DATE);
        assertThat(problem.get("stored").get("high").decimalValue())
                .as("the stored quote is unchanged")
                .isEqualByComparingTo("6100");
    }

    @Test
    @Order(4)
    void postedQuoteReadsBackAsJsonAndAsCsv() throws Exception {
        ensureQuotePosted();
        var page = get(HISTORY, token());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(contentType(page)).startsWith("application/json");
        var quotes = json.readTree(page.body()).get("quotes");
        assertThat(quotes.size()).as(page.body()).isEqualTo(1);
        JsonNode quote = quotes.get(0);
        assertThat(quote.get("product").asString()).isEqualTo(PRODUCT);
        assertThat(quote.get("source").asString()).isEqualTo(SOURCE);
        assertThat(quote.get("date").asString()).isEqualTo(DATE);
        assertThat(quote.get("low").decimalValue()).isEqualByComparingTo("6000");
        assertThat(quote.get("high").decimalValue()).isEqualByComparingTo("6100");
        assertThat(quote.get("mid").decimalValue()).isEqualByComparingTo("6050");
        assertThat(quote.get("enteredBy").asString()).isEqualTo("analyst");

        var csv = get(HISTORY + "&format=csv", token());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(contentType(csv)).startsWith("text/csv");
        assertThat(csv.body().lines().filter(l -> l.startsWith(DATE + ",")).toList())
                .as(csv.body())
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .startsWith(DATE + "," + PRODUCT + "," + SOURCE + ",6000,6100,6050,")
                        .contains(",analyst,"));
    }

    @Test
    @Order(5)
    void historyViewShowsTheQuoteTheAnalystEnteredThroughTheApi() throws Exception {
        ensureQuotePosted();
        analyst.open("/history?product=" + PRODUCT + "&source=" + SOURCE + "&from=" + DATE + "&to=" + DATE);
        analyst.waitUntil(d -> analyst.gridTexts().contains(DATE));
        assertThat(analyst.gridTexts())
                .contains(DATE, PRODUCT, SOURCE, "6,000", "6,100", "analyst")
                .anySatisfy(t -> assertThat(t).startsWith("6,050"));
    }

    @Test
    @Order(6)
    void browserSessionCookieAloneDoesNotOpenTheApi() throws Exception {
        var cookies = analyst.stable(() -> analyst.driver().manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; ")));
        assertThat(cookies).as("the browser's cookies").isNotBlank();
        var page = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/account/tokens"))
                        .header("Cookie", cookies)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(page.statusCode())
                .as("the same cookies still open a page of the app (the session is live)")
                .isEqualTo(200);

        var api = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + HISTORY))
                        .header("Cookie", cookies)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).as(api.body()).isEqualTo(401);
        assertThat(contentType(api)).startsWith("application/problem+json");
        assertThat(api.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(json.readTree(api.body()).get("detail").asString()).contains("bearer token");
        assertThat(api.body()).doesNotContain("\"quotes\"");
    }

    @Test
    @Order(7)
    void revokedTokenIsRefusedWith401() throws Exception {
        var bearer = token();
        assertThat(get(HISTORY, bearer).statusCode()).as("before revoking").isEqualTo(200);

        TokenUi.revoke(analyst, TOKEN_NAME);
        analyst.waitUntil(d -> analyst.gridTexts().contains("Revoked"));

        var refused = get(HISTORY, bearer);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);
        assertThat(contentType(refused)).startsWith("application/problem+json");
        assertThat(refused.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(json.readTree(refused.body()).get("detail").asString()).containsIgnoringCase("revoked");
        token = null;
    }

    @Test
    @Order(8)
    void tradersReadTokenReadsButMayNotWrite() throws Exception {
        String readToken;
        try (var trader = new Browser(baseUrl())) {
            trader.signIn("trader", "demo");
            readToken = TokenUi.create(trader, "Python read", "read");
        }
        var write = post(QUOTE.replace(DATE, "2019-03-15"), readToken);
        assertThat(write.statusCode()).as(write.body()).isEqualTo(403);
        assertThat(contentType(write)).startsWith("application/problem+json");
        assertThat(json.readTree(write.body()).get("detail").asString()).contains("read-only");

        var read = get("/api/v1/quotes?product=nd-metal-cn&source=yangtze&from=2026-02-11&to=2026-02-11", readToken);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(contentType(read)).startsWith("application/json");
        var seed = json.readTree(read.body()).get("quotes");
        assertThat(seed.size()).as("the seed quote of 2026-02-11").isEqualTo(1);
        assertThat(seed.get(0).get("mid").decimalValue()).isEqualByComparingTo("1085000");

        var notStored = get(HISTORY.replace(DATE, "2019-03-15"), readToken);
        assertThat(json.readTree(notStored.body()).get("quotes").size())
                .as("the refused POST stored nothing")
                .isZero();
    }

    /** The analyst's "read write" token, made on /account/tokens unless an earlier test made it. */
    private String token() {
        if (token == null) {
            token = TokenUi.create(analyst, TOKEN_NAME, "read write");
        }
        return token;
    }

    private void ensureQuotePosted() throws IOException, InterruptedException {
        var response = post(QUOTE, token());
        assertThat(response.statusCode())
                .as("the quote is stored: " + response.body())
                .isIn(200, 201);
    }

    private HttpResponse<String> get(String path, String bearer) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + path))
                        .header("Authorization", "Bearer " + bearer)
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String body, String bearer) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/quotes"))
                        .header("Authorization", "Bearer " + bearer)
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("(none)");
    }

    private static String baseUrl() {
        return NeodeskServer.get().baseUrl();
    }
}
